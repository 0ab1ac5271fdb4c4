import { forwardRef } from 'react';
import { useI18n } from '../i18n';

interface Props {
  value: string;
  onChange: (value: string) => void;
}

/** Searches headlines, body, captions and bylines as one types. */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ value, onChange }, ref) {
  const { t } = useI18n();
  return (
    <search className="search-box">
      <label htmlFor="search-input" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={ref}
        id="search-input"
        type="search"
        placeholder={t('search.placeholder')}
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/ Control+K"
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && value === '' && e.currentTarget.blur()}
      />
    </search>
  );
});
