import { forwardRef, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { offeredSearches } from '../recent-searches';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Searches the reader settled on lately, newest first, offered while the box is empty or as they go on from what is typed. */
  recent: readonly string[];
  /** Enter, or a recent search picked: the reader settles on this search. */
  onSettle: (search: string) => void;
  onForgetRecent: () => void;
}

/** Recent searches offered at once; the rest stay in the last view. */
const OFFERED = 8;

/**
 * Searches headlines, body, captions and bylines as one types. While the box is focused, recent
 * searches that go on from what is typed (all of them when it is empty) are offered under it (↓ or
 * Tab reaches them). A list of buttons, not a datalist, so the box stays a searchbox for assistive
 * technology.
 */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ value, onChange, recent, onSettle, onForgetRecent }, ref) {
  const { t } = useI18n();
  const [focused, setFocused] = useState(false);
  const offers = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const offered = focused ? offeredSearches(recent, value, OFFERED) : [];
  const offering = offered.length > 0;
  // Picking or clearing removes the button that has the focus; it goes back to the box.
  const backToBox = () => input.current?.focus();
  return (
    <search
      className="search-box"
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setFocused(false);
      }}
    >
      <label htmlFor="search-input" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={(element) => {
          input.current = element;
          if (typeof ref === 'function') ref(element);
          else if (ref) ref.current = element;
        }}
        id="search-input"
        type="search"
        placeholder={t('search.placeholder')}
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/ Control+K"
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value === '') e.currentTarget.blur();
          else if (e.key === 'Enter') onSettle(value);
          else if (e.key === 'ArrowDown' && offering) {
            e.preventDefault();
            offers.current?.querySelector('button')?.focus();
          }
        }}
      />
      {offering && (
        <ul className="recent-searches" ref={offers} aria-label={t('search.recent')}>
          {offered.map((search) => (
            <li key={search}>
              <button
                type="button"
                onClick={() => {
                  onChange(search);
                  onSettle(search);
                  backToBox();
                }}
              >
                {search}
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="forget-recent"
              onClick={() => {
                onForgetRecent();
                backToBox();
              }}
            >
              {t('search.forgetRecent')}
            </button>
          </li>
        </ul>
      )}
    </search>
  );
});
