import { useState } from 'react';
import type { Collection } from '../../electron/shared/library';
import { useI18n } from '../i18n';

interface Props {
  collections: readonly Collection[];
  selected: number | null;
  onSelect: (id: number) => void;
  onCreate: (name: string) => void;
  onRename: (id: number, name: string) => void;
  onMove: (id: number, by: -1 | 1) => void;
  onDelete: (collection: Collection) => void;
}

/** 剪报本: the reader's own collections of stories, in the order the reader put them. */
export function CollectionsSection({ collections, selected, onSelect, onCreate, onRename, onMove, onDelete }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [renaming, setRenaming] = useState<{ id: number; name: string } | null>(null);
  return (
    <section aria-labelledby="sidebar-collections">
      <h2 id="sidebar-collections">{t('collections.heading')}</h2>
      {collections.length === 0 && <p className="empty-note">{t('collections.empty')}</p>}
      <ul className="facet-list collections" role="list">
        {collections.map((c, i) =>
          renaming?.id === c.id ? (
            <li key={c.id}>
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (renaming.name.trim()) onRename(c.id, renaming.name.trim());
                  setRenaming(null);
                }}
              >
                <input aria-label={t('collections.rename', { name: c.name })} value={renaming.name} autoFocus onChange={(e) => setRenaming({ id: c.id, name: e.target.value })} />
                <button type="submit">{t('collections.save')}</button>
                <button type="button" onClick={() => setRenaming(null)}>
                  {t('collections.cancel')}
                </button>
              </form>
            </li>
          ) : (
            <li key={c.id} className="collection-row">
              <button type="button" className="facet" aria-pressed={selected === c.id} onClick={() => onSelect(c.id)}>
                <span className="facet-name">{c.name}</span>
                <span className="count">{c.count}</span>
              </button>
              <span className="row-tools">
                <button type="button" className="icon" aria-label={t('collections.up', { name: c.name })} disabled={i === 0} onClick={() => onMove(c.id, -1)}>
                  ↑
                </button>
                <button type="button" className="icon" aria-label={t('collections.down', { name: c.name })} disabled={i === collections.length - 1} onClick={() => onMove(c.id, 1)}>
                  ↓
                </button>
                <button type="button" className="icon" aria-label={t('collections.rename', { name: c.name })} onClick={() => setRenaming({ id: c.id, name: c.name })}>
                  ✎
                </button>
                <button type="button" className="icon" aria-label={t('collections.delete', { name: c.name })} onClick={() => onDelete(c)}>
                  ×
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim()) onCreate(draft.trim());
          setDraft('');
        }}
      >
        <input aria-label={t('collections.newName')} placeholder={t('collections.new')} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" disabled={!draft.trim()}>
          {t('collections.create')}
        </button>
      </form>
    </section>
  );
}
