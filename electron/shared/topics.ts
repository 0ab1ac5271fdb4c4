/** Topic ids of DESIGN.md §4. The ids are a contract; labels belong to the UI. */
export const TOPIC_IDS = [
  'politics',
  'party',
  'economy',
  'rural',
  'governance',
  'health',
  'culture',
  'education',
  'welfare',
  'unitedfront',
  'environment',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];
