/**
 * A headline block as the page prints it, one to three blocks of short lines, read as
 * kicker (引题), title (主题) and subtitle (副题). Lines inside one block are one title wrapped
 * over two lines (`张锡锋主持召开` / `十六届县政府第57次常务会议`), except a short slogan with a
 * closing quote above the title (`同心抗“疫”`), which is a kicker.
 */
export interface Headline {
  kicker: string | null;
  title: string;
  subtitle: string | null;
}

/** A kicker that reports who spoke: `江海洋赴大云镇调研时强调 充分发挥三大优势…`. */
const SPEECH_KICKER = /(?:强调|指出|要求|表示|提出|寄语|希望|说)$/;
const SLOGAN_KICKER = /^.{2,8}[”’」』]$/;
/** A short quoted slogan above a longer block is a kicker (`“六讲六做”大宣讲`). */
const SHORT_KICKER = 10;
const QUOTED = /[“”「」]/;

export function blockText(lines: string[]): string {
  return lines.join('');
}

function splitBlock(lines: string[]): Headline {
  const [first, ...rest] = lines;
  if (first !== undefined && rest.length > 0 && SLOGAN_KICKER.test(first)) {
    return { kicker: first, title: rest.join(''), subtitle: null };
  }
  const text = blockText(lines);
  const space = text.indexOf(' ');
  if (space > 0) {
    const lead = text.slice(0, space);
    if (SPEECH_KICKER.test(lead)) return { kicker: lead, title: text.slice(space + 1), subtitle: null };
  }
  return { kicker: null, title: text, subtitle: null };
}

export function readHeadline(blocks: string[][]): Headline {
  const texts = blocks.map(blockText);
  const [a, b, ...rest] = texts;
  if (a === undefined) return { kicker: null, title: '', subtitle: null };
  if (b === undefined) return splitBlock(blocks[0] ?? []);
  if (rest.length > 0) return { kicker: a, title: b, subtitle: rest.join(' ') };
  if (SPEECH_KICKER.test(a) || (a.length <= SHORT_KICKER && QUOTED.test(a) && b.length > a.length)) {
    return { kicker: a, title: b, subtitle: null };
  }
  return { kicker: null, title: a, subtitle: b };
}
