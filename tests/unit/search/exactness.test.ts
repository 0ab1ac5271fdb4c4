import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { isEmptyQuery, matchesFolded, parseQuery } from '../../../electron/core/search/query';
import { foldedSearchText } from '../../../electron/core/search/searchable';
import { article, page, tempDir } from '../store/article-fixtures';

// A small alphabet makes substrings collide often: Han (with traditional twins), Latin, digits,
// full-width forms, ASCII and CJK punctuation, spaces, a character beyond the BMP, a ligature.
const ALPHABET = [...'西塘镇鎮古县縣会议2024aBＣ5g,"“”。-*  　𠀋ﬁ'];
const text = fc.array(fc.constantFrom(...ALPHABET), { minLength: 0, maxLength: 14 }).map((cs) => cs.join(''));

describe('search is exact', () => {
  it('finds exactly the stories a brute-force substring scan finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: text, paragraphs: fc.array(text, { maxLength: 3 }), author: text }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.oneof(text, fc.constantFrom('塘', '-会议', '"古 县"', '-"古 县"', '"古  县"', '西塘 -镇', '24', 'c5', '西塘 OR 会议', '塘|县 -古', '"古 县" OR 2024 镇', '鎮 OR ｃ5 OR "。-"')), { minLength: 1, maxLength: 6 }),
        (stories, queries) => {
          const library = Library.open(join(tempDir(), 'exact.db'));
          try {
            const articles = stories.map((s) => article({ title: s.title, paragraphs: s.paragraphs, authors: [{ name: s.author, role: null }] }));
            library.importParsedPages([page('p.txt', articles)]);
            const dumped = [...library.stories()];
            for (const q of queries) {
              const parsed = parseQuery(q);
              if (isEmptyQuery(parsed)) continue;
              const expected = dumped.filter((d) => matchesFolded(parsed, foldedSearchText(d.article))).map((d) => d.id);
              expect(library.searchIds(q), `query ${JSON.stringify(q)}`).toEqual(expected);
            }
          } finally {
            library.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
