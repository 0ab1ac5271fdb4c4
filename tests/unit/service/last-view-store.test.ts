import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LastViewStore } from '../../../electron/core/service/last-view-store';
import type { LastView } from '../../../electron/shared/api';

const file = () => join(mkdtempSync(join(tmpdir(), 'bs-view-')), 'nested', 'last-view.json');

const VIEW: LastView = { query: '西塘 -疫情', scope: { region: '嘉善县', topic: 'culture' }, sort: 'date', story: { id: 42, index: 7 }, page: 12, scroll: 0.37, recentSearches: ['西塘 -疫情', '乡贤'] };

describe('where the reader was', () => {
  it('is nowhere on a first start, and what was saved after that', () => {
    const f = file();
    expect(new LastViewStore(f).get()).toBeNull();
    new LastViewStore(f).save(VIEW);
    expect(new LastViewStore(f).get()).toEqual(VIEW);
    new LastViewStore(f).save({ ...VIEW, story: null });
    expect(new LastViewStore(f).get()).toEqual({ ...VIEW, story: null });
    expect(JSON.parse(readFileSync(f, 'utf8'))).toMatchObject({ query: '西塘 -疫情' });
  });

  it('is nowhere when the file is damaged or not a view this version knows', () => {
    const f = file();
    new LastViewStore(f).save(VIEW);
    const written = (view: unknown) => (writeFileSync(f, JSON.stringify(view)), new LastViewStore(f).get());
    expect(written({ ...VIEW, scope: { topic: 'gardening' } })).toBeNull();
    expect(written({ ...VIEW, scope: { pageId: 3 } })).toBeNull();
    expect(written({ ...VIEW, story: { id: -1, index: 0 } })).toBeNull();
    expect(written({ ...VIEW, extra: 1 })).toBeNull();
    expect(written({ ...VIEW, recentSearches: [''] })).toBeNull();
    expect(written({ ...VIEW, page: 0 })).toBeNull();
    expect(written({ ...VIEW, scroll: 1.5 })).toBeNull();
    // A view saved before recent searches, pages and the place in the story were kept is still where the reader was.
    const older = Object.fromEntries(Object.entries(VIEW).filter(([key]) => !['recentSearches', 'page', 'scroll'].includes(key)));
    expect(written(older)).toEqual({ ...VIEW, recentSearches: [], page: null, scroll: 0 });
    writeFileSync(f, '{"query": "西');
    expect(new LastViewStore(f).get()).toBeNull();
  });
});
