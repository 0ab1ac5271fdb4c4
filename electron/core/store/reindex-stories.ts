import type { Database } from 'better-sqlite3';
import type { Author } from '../../shared/model';
import { IndexWriter } from '../search/index-tables';
import { searchableFields } from '../search/searchable';

/** Stories per step, and per index segment: their paragraphs are held in memory together. */
const STEP = 4000;

/**
 * Fills an emptied search index from the stored stories, for a migration that made the index's
 * tables anew. It reads stories with statements of its own, as a migration must keep working on
 * the schema of its version whatever the reader becomes.
 */
export function reindexStories(db: Database, progress: (done: number, total: number) => void): void {
  const total = db.prepare<[], number>('SELECT count(*) FROM stories').pluck().get() ?? 0;
  let done = 0;
  progress(done, total);
  const stories = db.prepare<[number, number], { id: number; section: string | null; kicker: string | null; title: string; subtitle: string | null; caption: string | null; authors: string }>(
    'SELECT id, section, kicker, title, subtitle, caption, authors FROM stories WHERE id > ? ORDER BY id LIMIT ?',
  );
  const paragraphs = db.prepare<[number, number], { story_id: number; text: string }>(
    'SELECT story_id, text FROM paragraphs WHERE story_id > ? AND story_id <= ? ORDER BY story_id, ord',
  );
  const index = new IndexWriter(db);
  for (let after = 0; ; ) {
    const rows = stories.all(after, STEP);
    const last = rows.at(-1)?.id;
    if (last === undefined) return;
    const texts = new Map<number, string[]>();
    for (const p of paragraphs.iterate(after, last)) {
      const list = texts.get(p.story_id);
      if (list) list.push(p.text);
      else texts.set(p.story_id, [p.text]);
    }
    for (const r of rows) index.add(r.id, searchableFields({ ...r, authors: JSON.parse(r.authors) as Author[], paragraphs: texts.get(r.id) ?? [] }));
    index.seal();
    after = last;
    done += rows.length;
    progress(done, total);
  }
}
