import { forwardRef } from 'react';
import { useI18n } from '../i18n';

interface Props {
  value: string;
  total: number;
  current: number;
  onChange: (value: string) => void;
  onStep: (by: 1 | -1) => void;
  onClose: () => void;
}

/** Find in the open story: Enter and Shift+Enter step through the matches, Escape closes. */
export const FindBar = forwardRef<HTMLInputElement, Props>(function FindBar({ value, total, current, onChange, onStep, onClose }, ref) {
  const { t } = useI18n();
  return (
    <search className="find-bar">
      <input
        ref={ref}
        type="search"
        aria-label={t('find.label')}
        placeholder={t('find.label')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      />
      <span className="find-count" role="status">
        {value ? (total > 0 ? t('find.count', { at: current + 1, total }) : t('find.none')) : ''}
      </span>
      <button type="button" className="icon" aria-label={t('find.prev')} disabled={total === 0} onClick={() => onStep(-1)}>
        ↑
      </button>
      <button type="button" className="icon" aria-label={t('find.next')} disabled={total === 0} onClick={() => onStep(1)}>
        ↓
      </button>
      <button type="button" className="icon" aria-label={t('find.close')} onClick={onClose}>
        ×
      </button>
    </search>
  );
});
