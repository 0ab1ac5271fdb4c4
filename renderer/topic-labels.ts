import type { TopicId } from '../electron/shared/topics';

/** The UI's names for the fixed topic ids (DESIGN.md §4). */
export const TOPIC_LABELS: Record<TopicId, string> = {
  politics: '时政',
  party: '党建',
  economy: '经济',
  rural: '三农',
  governance: '平安治理',
  health: '卫生健康',
  culture: '文明文化',
  education: '教育',
  welfare: '民生',
  unitedfront: '统战',
  environment: '生态环境',
};
