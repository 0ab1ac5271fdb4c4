import type { TopicId } from '../../electron/shared/topics';
import { format, MESSAGES, TOPIC_NAMES, type Language, type MessageKey } from './messages';

export interface Translator {
  lang: Language;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  topic: (id: TopicId) => string;
  /** 2024-01-02 → 2024年1月2日 / 2 Jan 2024; partial dates keep what they have. */
  date: (iso: string) => string;
  /** A month of the year by its number: 3 → 3月 / Mar. */
  month: (n: number) => string;
  /** When the reader did something (an ISO time), as near as it is to `now`: 今天 09:12, 昨天 21:40, 11月20日 09:12, 2025年11月20日. */
  when: (isoTime: string, now: Date) => string;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const dayNumber = (d: Date) => Math.floor((d.getTime() - d.getTimezoneOffset() * 60_000) / 86_400_000);
const twoDigits = (n: number) => String(n).padStart(2, '0');

export function translator(lang: Language): Translator {
  const messages = MESSAGES[lang];
  const date = (iso: string) => {
    const [y, m, d] = iso.split('-');
    if (lang === 'zh') return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
    return [d && Number(d), m && EN_MONTHS[Number(m) - 1], y].filter(Boolean).join(' ');
  };
  return {
    lang,
    t: (key, vars) => format(messages[key], vars),
    topic: (id) => TOPIC_NAMES[lang][id],
    date,
    month: (n) => (lang === 'zh' ? `${n}月` : (EN_MONTHS[n - 1] ?? String(n))),
    when: (isoTime, now) => {
      const at = new Date(isoTime);
      const daysAgo = dayNumber(now) - dayNumber(at);
      const time = `${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}`;
      if (daysAgo === 0) return format(messages['when.today'], { time });
      if (daysAgo === 1) return format(messages['when.yesterday'], { time });
      const [month, day] = [at.getMonth() + 1, at.getDate()];
      if (at.getFullYear() !== now.getFullYear()) return date(`${at.getFullYear()}-${twoDigits(month)}-${twoDigits(day)}`);
      return format(messages['when.thisYear'], { day: lang === 'zh' ? `${month}月${day}日` : `${day} ${EN_MONTHS[month - 1] ?? ''}`, time });
    },
  };
}
