import { useEffect } from 'react';

interface Keys {
  /** j / ↓ and k / ↑: the next or previous story in the list. */
  step: (by: 1 | -1) => void;
  /** "/" puts the cursor in the search box, as in many readers. */
  focusSearch: () => void;
  /** Escape closes an open panel. */
  close: () => void;
}

const typingIn = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Reading from the keyboard without leaving the story. */
export function useReadingKeys({ step, focusSearch, close }: Keys): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return close();
      if (event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      if (event.key === 'j' || event.key === 'ArrowDown') step(1);
      else if (event.key === 'k' || event.key === 'ArrowUp') step(-1);
      else if (event.key === '/') focusSearch();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, focusSearch, close]);
}
