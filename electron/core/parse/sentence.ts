/**
 * Sentence-level evidence used to repair column breaks: does a paragraph stop mid-sentence,
 * does one start mid-sentence, and does joining two pieces make a word seen elsewhere on the page.
 */

const CLOSERS = '”’」』)）》】"\'';
const TERMINALS = '。.!?！？…;；:：';

/**
 * True when the paragraph ends a sentence: its last character but closing quotes and brackets
 * ends one. False means the text runs on in another column. Read from the end, as a pattern
 * anchored at the end is tried from every position of the paragraph.
 */
export function endsSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text.charAt(end - 1))) end--;
  return end > 0 && TERMINALS.includes(text.charAt(end - 1));
}

const CLAUSE_END = /[,，。、;；:：!！?？]/;
/** Characters that only close words (`们`, `的` but not `的确`) and the tail of 进一步. */
const BOUND_START = /^(?:[们吗呢吧么]|的(?!确))|^一步(?!一)/;
const OPENING_QUOTES = '“‘「『(（《【';
const CLOSING_QUOTES = '”’」』)）》】';

/**
 * True when the paragraph visibly starts in the middle of a sentence: a clause of one character
 * or a two-character sentence (the tail of a cut word, `户次。`), a closing quote before any
 * opening one, or a character that never opens a Chinese sentence.
 */
export function startsMidSentence(text: string): boolean {
  if (text.length === 0) return false;
  const first = text[0] ?? '';
  if (CLAUSE_END.test(first) || CLOSING_QUOTES.includes(first)) return true;
  if (BOUND_START.test(text)) return true;
  const clause = CLAUSE_END.exec(text);
  if (clause && clause[0] !== '、' && clause[0] !== ':' && clause[0] !== '：') {
    // `同时,` and `近日,` open sentences; a lone character or `户次。` is the tail of a cut word.
    if (clause.index === 1 || (clause.index === 2 && clause[0] === '。')) return true;
  }
  for (const ch of text.slice(0, 12)) {
    if (OPENING_QUOTES.includes(ch)) return false;
    if (CLOSING_QUOTES.includes(ch)) return true;
  }
  return false;
}

const HAN = /\p{Script=Han}/u;

/**
 * How well `next` continues `prev`: 1 when the two characters meeting at the cut form a pair
 * printed elsewhere on the page (`要|求`, `市|委`), −0.5 when prev ends a clause but next starts
 * with a cut word, 0 otherwise.
 */
export function junctionScore(prev: string, next: string, pageText: string): number {
  const last = prev.at(-1) ?? '';
  const first = next[0] ?? '';
  if (/[,，、;；]/.test(last)) return startsMidSentence(next) ? -0.5 : 0;
  if (!HAN.test(last) && !/[0-9A-Za-z]/.test(last)) return 0;
  // The cut itself is not in pageText (it spans two paragraphs), so any sighting is independent.
  return pageText.includes(last + first) ? 1 : 0;
}
