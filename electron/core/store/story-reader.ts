import type { Database } from 'better-sqlite3';
import type { Article, Author, Region } from '../../shared/model';
import type { StorySummary } from '../../shared/library';
import type { TopicId } from '../../shared/topics';

/** A stories row as stored by PageWriter. */
export interface StoryRow {
  id: number;
  key: string;
  page_id: number;
  edition_id: number;
  kind: Article['kind'];
  section: string | null;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  caption: string | null;
  authors: string;
  subheads: string;
  incomplete_start: number;
  incomplete_end: number;
  province: string | null;
  city: string | null;
  county: string | null;
  town: string | null;
  village: string | null;
  places: string;
  topics: string;
  people: string;
  date: string | null;
  edition_date: string | null;
  bookmarked: number;
  read_at: string | null;
  opened_at: string | null;
}

const STORY_COLUMNS = `s.*, p.edition_id AS edition_id, (SELECT e.date FROM editions e WHERE e.id = p.edition_id) AS edition_date,
  EXISTS (SELECT 1 FROM bookmarks b WHERE b.story_key = s.key) AS bookmarked,
  (SELECT r.read_at FROM read_state r WHERE r.story_key = s.key) AS read_at,
  (SELECT h.opened_at FROM reading_history h WHERE h.story_key = s.key) AS opened_at`;

const regionOf = (r: StoryRow): Region => ({ province: r.province, city: r.city, county: r.county, town: r.town, village: r.village });

export function summaryOf(r: StoryRow): StorySummary {
  return {
    id: r.id,
    key: r.key,
    kind: r.kind,
    section: r.section,
    kicker: r.kicker,
    title: r.title,
    subtitle: r.subtitle,
    caption: r.kind === 'photo' ? r.caption : null,
    region: regionOf(r),
    topics: JSON.parse(r.topics) as TopicId[],
    date: r.date ?? r.edition_date,
    editionId: r.edition_id,
    pageId: r.page_id,
    bookmarked: r.bookmarked === 1,
    read: r.read_at !== null,
    openedAt: r.opened_at,
  };
}

export function articleOf(r: StoryRow, paragraphs: string[]): Article {
  return {
    kind: r.kind,
    section: r.section,
    kicker: r.kicker,
    title: r.title,
    subtitle: r.subtitle,
    authors: JSON.parse(r.authors) as Author[],
    paragraphs,
    subheads: JSON.parse(r.subheads) as number[],
    caption: r.caption,
    incomplete: { start: r.incomplete_start === 1, end: r.incomplete_end === 1 },
    region: regionOf(r),
    places: JSON.parse(r.places) as Article['places'],
    topics: JSON.parse(r.topics) as TopicId[],
    people: JSON.parse(r.people) as string[],
    date: r.date,
  };
}

/** Reads stories back: rows by id, paragraphs, whole articles in id order. */
export class StoryReader {
  private readonly st;

  constructor(db: Database) {
    this.st = {
      row: db.prepare<[number], StoryRow>(`SELECT ${STORY_COLUMNS} FROM stories s JOIN pages p ON p.id = s.page_id WHERE s.id = ?`),
      paragraphs: db.prepare<[number], { text: string }>('SELECT text FROM paragraphs WHERE story_id = ? ORDER BY ord'),
      // A JSON array parameter keeps one prepared statement for any number of ids.
      rowsIn: db.prepare<[string], StoryRow>(`SELECT ${STORY_COLUMNS} FROM stories s JOIN pages p ON p.id = s.page_id WHERE s.id IN (SELECT value FROM json_each(?))`),
      paragraphsIn: db.prepare<[string], { story_id: number; text: string }>(
        'SELECT story_id, text FROM paragraphs WHERE story_id IN (SELECT value FROM json_each(?)) ORDER BY story_id, ord',
      ),
      batch: db.prepare<[number, number], StoryRow>(`SELECT ${STORY_COLUMNS} FROM stories s JOIN pages p ON p.id = s.page_id WHERE s.id > ? ORDER BY s.id LIMIT ?`),
      batchParagraphs: db.prepare<[number, number], { story_id: number; text: string }>(
        'SELECT story_id, text FROM paragraphs WHERE story_id BETWEEN ? AND ? ORDER BY story_id, ord',
      ),
    };
  }

  row(id: number): StoryRow | undefined {
    return this.st.row.get(id);
  }

  paragraphs(id: number): string[] {
    return this.st.paragraphs.all(id).map((p) => p.text);
  }

  /** Rows for a list of ids, in the order given (ids not found are left out). */
  rows(ids: readonly number[]): StoryRow[] {
    if (ids.length === 0) return [];
    const found = new Map<number, StoryRow>();
    for (const r of this.st.rowsIn.all(JSON.stringify(ids))) found.set(r.id, r);
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /** Paragraphs of several stories at once, by story id. */
  paragraphsOf(ids: readonly number[]): Map<number, string[]> {
    const out = new Map<number, string[]>();
    for (const p of this.st.paragraphsIn.all(JSON.stringify(ids))) {
      const list = out.get(p.story_id);
      if (list) list.push(p.text);
      else out.set(p.story_id, [p.text]);
    }
    return out;
  }

  /** Every story with its article, in id order, read a thousand at a time. */
  *all(): Generator<{ id: number; row: StoryRow; article: Article }> {
    let after = 0;
    for (;;) {
      const rows = this.st.batch.all(after, 1000);
      const last = rows[rows.length - 1];
      if (!last) return;
      const texts = new Map<number, string[]>();
      for (const p of this.st.batchParagraphs.all(rows[0]?.id ?? 0, last.id)) {
        const list = texts.get(p.story_id);
        if (list) list.push(p.text);
        else texts.set(p.story_id, [p.text]);
      }
      for (const row of rows) yield { id: row.id, row, article: articleOf(row, texts.get(row.id) ?? []) };
      after = last.id;
    }
  }
}
