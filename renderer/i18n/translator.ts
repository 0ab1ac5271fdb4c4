import type { TopicId } from '../../electron/shared/topics';
import { format, MESSAGES, TOPIC_NAMES, type Language, type MessageKey } from './messages';

export interface Translator {
  lang: Language;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  topic: (id: TopicId) => string;
  /** 2024-01-02 → 2024年1月2日 / 2 Jan 2024; partial dates keep what they have. */
  date: (iso: string) => string;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function translator(lang: Language): Translator {
  const messages = MESSAGES[lang];
  return {
    lang,
    t: (key, vars) => format(messages[key], vars),
    topic: (id) => TOPIC_NAMES[lang][id],
    date: (iso) => {
      const [y, m, d] = iso.split('-');
      if (lang === 'zh') return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
      return [d && Number(d), m && EN_MONTHS[Number(m) - 1], y].filter(Boolean).join(' ');
    },
  };
}
