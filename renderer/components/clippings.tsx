import { useState } from 'react';
import type { Clipping } from '../../electron/shared/library';
import { getApi } from '../api';
import { useI18n } from '../i18n';

interface DraftProps {
  quote: string;
  onSave: (note: string) => void;
  onCancel: () => void;
}

/** A passage selected in the story, about to be clipped with a note. */
export function ClipDraft({ quote, onSave, onCancel }: DraftProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  return (
    <form
      className="clip-draft"
      aria-label={t('reader.clip')}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(note);
      }}
    >
      <blockquote>{quote}</blockquote>
      <label>
        {t('reader.clipNote')}
        <textarea value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="dialog-buttons">
        <button type="submit">{t('reader.clipSave')}</button>
        <button type="button" onClick={onCancel}>
          {t('collections.cancel')}
        </button>
      </div>
    </form>
  );
}

interface ListProps {
  clippings: readonly Clipping[];
  onChanged: () => void;
  onError: (m: string) => void;
  /** Copies the passage with the story's reference. */
  onQuote: (quote: string) => void;
}

/** The story's clippings with their notes, each note editable in place, each passage to copy with its reference. */
export function ClippingList({ clippings, onChanged, onError, onQuote }: ListProps) {
  const { t } = useI18n();
  const fail = (err: unknown) => onError(err instanceof Error ? err.message : String(err));
  if (clippings.length === 0) return null;
  return (
    <section className="clippings" aria-labelledby="clippings-heading">
      <h2 id="clippings-heading">{t('reader.clippings')}</h2>
      <ul>
        {clippings.map((c) => (
          <li key={c.id}>
            <blockquote>{c.quote}</blockquote>
            <textarea
              aria-label={t('reader.clipNote')}
              defaultValue={c.note}
              rows={2}
              onBlur={(e) => e.target.value !== c.note && getApi().updateClippingNote({ id: c.id, note: e.target.value }).then(onChanged, fail)}
            />
            <button type="button" className="link" onClick={() => onQuote(c.quote)}>
              {t('reader.clipQuote')}
            </button>
            <button type="button" className="link" onClick={() => getApi().deleteClipping({ id: c.id }).then(onChanged, fail)}>
              {t('reader.clipDelete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
