import { describe, expect, it } from 'vitest';
import { storyKey, storyKeys } from '../../../electron/core/store/story-key';
import { article } from './article-fixtures';

const paragraphs = ['西塘镇召开会议。', '会议强调，', '要把古镇保护好、利用好、传承好，让更多游客走进西塘，', '感受江南水乡的独特魅力。', '会后，与会人员实地察看了西街、烟雨长廊等地。'];

describe('story keys', () => {
  it('read the headline and the first 64 characters of the text, however the paragraphs split them', () => {
    const key = storyKey('/archive/2024-01-05/a.txt', article({ title: '西塘新闻', paragraphs }));
    const opening = paragraphs.join('');
    // The same opening split differently, and the rest of the story changed: the same story.
    expect(storyKey('/elsewhere/a.txt', article({ title: '西塘新闻', paragraphs: [opening.slice(0, 70), '另一段'] }))).toBe(key);
    // A character within the first 64, in the third paragraph, is part of the key.
    const changed = [...paragraphs];
    changed[2] = changed[2]?.replace('古镇', '老镇') ?? '';
    expect(storyKey('/archive/2024-01-05/a.txt', article({ title: '西塘新闻', paragraphs: changed }))).not.toBe(key);
    expect(storyKey('/archive/2024-01-05/b.txt', article({ title: '西塘新闻', paragraphs }))).not.toBe(key);
  });

  it('stay what earlier versions made, which bookmarks and clippings refer to', () => {
    // Made with createHash over the whole text joined, before this version read only the opening.
    expect(storyKey('/archive/a.txt', article({ title: '西塘新闻', paragraphs }))).toBe('142b148904acc239b46add3c');
  });

  it('tell apart a story printed twice on one page', () => {
    const twice = article({ title: '通知', paragraphs: ['请各村注意。'] });
    const [first, second] = storyKeys('/archive/a.txt', [twice, twice]);
    expect(second).toBe(`${first}-2`);
  });
});
