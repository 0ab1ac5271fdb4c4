import { forwardRef } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
}

/** Searches headlines, body, captions and bylines as one types. */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ value, onChange }, ref) {
  return (
    <search className="search-box">
      <label htmlFor="search-input" className="visually-hidden">
        搜索报道
      </label>
      <input
        ref={ref}
        id="search-input"
        type="search"
        placeholder="搜索标题、正文、图片说明、作者…"
        value={value}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
      />
    </search>
  );
});
