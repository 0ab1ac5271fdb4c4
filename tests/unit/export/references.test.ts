import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportError, referencesOf } from '../../../electron/core/export';
import { Library } from '../../../electron/core/library';
import { FIXTURES, fixtureLibrary, storyId, tempDir } from './export-fixtures';

let library: Library;
beforeAll(async () => {
  library = await fixtureLibrary();
});
afterAll(() => library.close());

describe('the references of a selection', () => {
  it('lists each chosen story in GB/T 7714 form, in the order chosen, with bylines, paper, date and page', async () => {
    const ids = [storyId(library, '县人民医院开设夜间门诊'), storyId(library, '县委召开经济工作会议')];
    const { references, skipped } = await referencesOf(library, { kind: 'stories', ids });
    expect(references).toEqual([
      '陆丹, 张斌. 县人民医院开设夜间门诊[N]. 嘉兴日报(嘉善版), 2023-12-29(4).',
      '唐芳园. 县委召开经济工作会议[N]. 嘉兴日报(嘉善版), 2024-01-05(1).',
    ]);
    expect(skipped).toEqual([]);
  });

  it('writes RIS records instead on request, one per story in the same order', async () => {
    const ids = [storyId(library, '县人民医院开设夜间门诊'), storyId(library, '县委召开经济工作会议')];
    const { references } = await referencesOf(library, { kind: 'stories', ids }, 'ris');
    expect(references).toHaveLength(2);
    expect(references[0]).toContain('\r\nAU  - 陆丹\r\nAU  - 张斌\r\nTI  - 县人民医院开设夜间门诊\r\n');
    expect(references[0]).toContain('\r\nDA  - 2023/12/29\r\nPY  - 2023\r\nSP  - 4\r\n');
    expect(references[1]).toContain('\r\nTI  - 县委召开经济工作会议\r\n');
    expect(references.every((r) => r.startsWith('TY  - NEWS\r\n') && r.endsWith('ER  - \r\n'))).toBe(true);
  });

  it('follows a search in the order its export would print, one reference per story', async () => {
    const byDate = library.search({ query: '西塘', sort: 'date', limit: 100 });
    const { references } = await referencesOf(library, { kind: 'search', query: '西塘', sort: 'date' });
    expect(references).toHaveLength(byDate.total);
    byDate.hits.forEach((hit, i) => expect(references[i]).toContain(`${hit.title}[N]`));
    expect(references.some((r) => r.endsWith('来源文件: 002_92ce43396e9eb2c9.txt'))).toBe(true);
  });

  it('refuses what an export refuses', async () => {
    await expect(referencesOf(library, { kind: 'stories', ids: [98765] })).rejects.toThrow(new ExportError('there is no story with id 98765'));
    await expect(referencesOf(library, { kind: 'bookmarks' })).rejects.toThrow(/no bookmarks/);
  });
});

describe('clippings whose story has left the library', () => {
  it('are skipped with their title, and the other clipped stories are cited', async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, '2023-12-29'), join(dir, 'pages'), { recursive: true });
    const own = Library.open(join(dir, 'library.db'));
    try {
      await own.importPaths([join(dir, 'pages')]);
      const clinic = storyId(own, '县人民医院开设夜间门诊');
      const xitang = storyId(own, '西塘迎来年末旅游小高峰');
      own.addClipping({ storyId: clinic, paragraph: 0, start: 0, end: 10, note: '' });
      own.addClipping({ storyId: xitang, paragraph: 0, start: 0, end: 10, note: '' });
      const page = join(dir, 'pages', '嘉善版第4版.txt');
      writeFileSync(page, readFileSync(page, 'utf8').replace('县人民医院开设夜间门诊', '县中医院开设周末门诊'));
      const reimport = await own.importPaths([join(dir, 'pages')]);
      expect(reimport.errors).toEqual([]);

      const { references, skipped } = await referencesOf(own, { kind: 'clippings' });
      expect(references).toHaveLength(1);
      expect(references[0]).toContain('西塘迎来年末旅游小高峰[N]');
      expect(skipped).toEqual(['"县人民医院开设夜间门诊": the story is no longer in the library']);
    } finally {
      own.close();
    }
  });
});
