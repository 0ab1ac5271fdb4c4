/**
 * Index tokens (DESIGN.md §6, widened): every whitespace-separated run of the folded text — Han,
 * Latin, digits and punctuation alike — becomes its overlapping bigrams plus its last character.
 * Treating every non-space character the same is what makes any query substring exact: a term of
 * n ≥ 2 characters is the phrase of its n−1 bigrams, a single character is the prefix query `c*`
 * (each occurrence of c starts a bigram or is a run's last character). Han-only bigrams would miss
 * `024` inside `2024` or `“双` across a quote.
 *
 * FTS5's ascii tokenizer then splits our token stream on spaces only, provided no token holds
 * ASCII punctuation; we shift those characters to their full-width forms, which folded text
 * never contains (NFKC maps them to ASCII), so the encoding stays one-to-one.
 */
const WHITESPACE = /\s+/u;

function encodeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  const isAsciiPunct = code > 0x20 && code < 0x7f && !((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a));
  return isAsciiPunct ? String.fromCharCode(code - 0x21 + 0xff01) : ch;
}

function chars(run: string): string[] {
  const out: string[] = [];
  for (const ch of run) out.push(encodeChar(ch));
  return out;
}

/** Overlapping bigrams of a run's characters. */
function bigrams(cs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < cs.length; i++) out.push(`${cs[i - 1]}${cs[i]}`);
  return out;
}

/** Whitespace-separated runs of a folded text. */
export function runsOf(folded: string): string[] {
  return folded.split(WHITESPACE).filter((run) => run.length > 0);
}

/** The token stream FTS5 stores for one folded field, space-separated. */
export function indexTokens(folded: string): string {
  const out: string[] = [];
  for (const run of runsOf(folded)) {
    const cs = chars(run);
    out.push(...bigrams(cs), cs[cs.length - 1] ?? '');
  }
  return out.join(' ');
}

/** The FTS5 phrase (with a trailing `*` when its last token is a prefix) matching a folded term exactly. */
export function phraseFor(folded: string): string {
  const runs = runsOf(folded);
  const tokens: string[] = [];
  let prefix = false;
  runs.forEach((run, r) => {
    const cs = chars(run);
    const lastChar = cs[cs.length - 1] ?? '';
    tokens.push(...bigrams(cs));
    // Earlier runs must end where the text's run ends, so they keep their last-character token;
    // the final run may continue in the text, so a lone final character is a prefix.
    if (r < runs.length - 1) tokens.push(lastChar);
    else if (cs.length === 1) {
      tokens.push(lastChar);
      prefix = true;
    }
  });
  return `"${tokens.join(' ')}"${prefix ? '*' : ''}`;
}
