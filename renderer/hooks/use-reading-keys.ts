import { useEffect, useRef } from 'react';

export interface ReadingKeys {
  /** j / ↓ and k / ↑: the next or previous story in the list. */
  step: (by: 1 | -1) => void;
  /** Enter: open the story the list cursor is on. */
  open: () => void;
  /** x: check the current story for export. */
  check: () => void;
  /** b: bookmark the open story. */
  bookmark: () => void;
  /** Shift+U: mark the open story unread, or read again. */
  toggleRead: () => void;
  /** c: copy the open story's reference. */
  cite: () => void;
  /** p: the open story's printed page, or back to the story. */
  page: () => void;
  /** [ and ]: the previous or next printed page of the edition, in the page view. */
  turnPage: (by: 1 | -1) => void;
  /** u: show only unread stories, or all again. */
  unreadOnly: () => void;
  /** f: follow the list's search and choices, or stop following them. */
  follow: () => void;
  /** h: the reading history, or back from it. */
  history: () => void;
  /** "/" or Ctrl+K puts the cursor in the search box. */
  focusSearch: () => void;
  /** Ctrl+F: find in the open story. */
  find: () => void;
  /** Ctrl+E: export. */
  exportPdf: () => void;
  /** ?: the shortcuts. */
  help: () => void;
  /** Escape: close a panel, or step back. */
  back: () => void;
}

/** Inputs that take no typing: with one of them focused, letters are still the reader's keys. */
const KEYLESS_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

const typingIn = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    ['TEXTAREA', 'SELECT'].includes(target.tagName) ||
    (target instanceof HTMLInputElement && !KEYLESS_INPUTS.has(target.type)));

/** Reading from the keyboard without leaving the story. The handlers may change every render; the listener is installed once. */
export function useReadingKeys(keys: ReadingKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const k = latest.current;
      const mod = event.ctrlKey || event.metaKey;
      if (event.key === 'Escape') return k.back();
      if (mod && !event.altKey) {
        const key = event.key.toLowerCase();
        if (key === 'f') k.find();
        else if (key === 'k') k.focusSearch();
        else if (key === 'e') k.exportPdf();
        else return;
        return event.preventDefault();
      }
      if (event.altKey || typingIn(event.target)) return;
      // Enter on a focused button, link or box does what that control says (or nothing).
      if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.closest('button, a, summary, input')) return;
      if (event.key === 'j' || event.key === 'ArrowDown') k.step(1);
      else if (event.key === 'k' || event.key === 'ArrowUp') k.step(-1);
      else if (event.key === 'Enter') k.open();
      else if (event.key === 'x') k.check();
      else if (event.key === 'b') k.bookmark();
      else if (event.key === 'U') k.toggleRead();
      else if (event.key === 'u') k.unreadOnly();
      else if (event.key === 'f') k.follow();
      else if (event.key === 'h') k.history();
      else if (event.key === 'c') k.cite();
      else if (event.key === 'p') k.page();
      else if (event.key === '[') k.turnPage(-1);
      else if (event.key === ']') k.turnPage(1);
      else if (event.key === '/') k.focusSearch();
      else if (event.key === '?') k.help();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
