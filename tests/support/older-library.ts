import { SEARCH_INDEX_SQL } from '../../electron/core/search/index-tables';
import { openDatabase } from '../../electron/core/store/open';
import { PageBatch, PageWriter } from '../../electron/core/store/page-writer';
import type { ParsedPage } from '../../electron/shared/model';
import { blankArticle } from './article';

/**
 * Writes a library file of an older schema version (4 or later) holding `stories` stories (100 to
 * a page), each with a title and `paragraphs` paragraphs naming its number, so that opening it
 * upgrades it. Today's writer stores them; the search index it writes is dropped again before
 * version 10, whose upgrade makes the index from the stories.
 */
export function writeOlderLibrary(file: string, stories: number, { version = 4, paragraphs = 1 } = {}): void {
  const db = openDatabase(file, { schemaVersion: version });
  const withoutIndex = version < 10;
  if (withoutIndex) db.exec(SEARCH_INDEX_SQL);
  const batch = new PageBatch(db, new PageWriter(db));
  for (let first = 0, n = 0; first < stories; first += 100, n++) {
    const articles = Array.from({ length: Math.min(100, stories - first) }, (_, i) =>
      blankArticle({
        title: `旧库第${first + i}篇`,
        paragraphs: Array.from({ length: paragraphs }, (_, p) => `这是旧资料库里编号${first + i}的报道的第${p + 1}段,写于西塘。`.repeat(p + 1)),
      }),
    );
    const page: ParsedPage = { source: `old/${n}.txt`, edition: { paper: '嘉兴日报', name: '嘉善版', county: '嘉善县', date: '2021-05-04' }, articles, unplaced: [] };
    batch.add({ path: page.source, sha256: String(n), size: 1, encoding: 'utf8' }, page);
  }
  batch.flush();
  if (withoutIndex) db.exec('DROP TABLE search_segments; DROP TABLE search_postings');
  db.close();
}
