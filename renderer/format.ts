/** 2022-01-05 → 2022年1月5日; partial dates keep what they have. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** A story's title for lists; untitled photo news is named as such. */
export const storyTitle = (s: { title: string; kind: 'article' | 'photo' }): string => s.title || (s.kind === 'photo' ? '(无标题图片新闻)' : '(无标题)');
