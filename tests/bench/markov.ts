import type { Random } from './random';

/**
 * An order-k character Markov model trained on real page text, backing off to shorter contexts
 * when a context was never seen. With a small chance per step it draws from the unigram
 * distribution instead, so the generated archive keeps producing bigrams the seeds never had: an
 * open vocabulary, not a reshuffle of five pages.
 */
export class MarkovText {
  /** next[n] maps an n-character context to the characters seen after it (with repetition). */
  private readonly next: Map<string, string[]>[] = [];
  private readonly starts: string[] = [];
  private readonly unigrams: string[] = [];

  constructor(
    corpus: readonly string[],
    private readonly order = 3,
    private readonly noise = 0.02,
  ) {
    for (let n = 0; n <= order; n++) this.next.push(new Map());
    for (const text of corpus) {
      const cs = [...text];
      for (let i = 0; i < cs.length; i++) {
        const ch = cs[i] ?? '';
        this.unigrams.push(ch);
        for (let n = 1; n <= order && n <= i; n++) {
          const ctx = cs.slice(i - n, i).join('');
          const map = this.next[n];
          const list = map?.get(ctx);
          if (list) list.push(ch);
          else map?.set(ctx, [ch]);
        }
        if ((i === 0 || cs[i - 1] === '。') && i + order <= cs.length) this.starts.push(cs.slice(i, i + order).join(''));
      }
    }
  }

  private follow(random: Random, text: string): string {
    if (!random.chance(this.noise)) {
      for (let n = this.order; n >= 1; n--) {
        const options = this.next[n]?.get(text.slice(-n));
        if (options) return random.pick(options);
      }
    }
    return random.pick(this.unigrams);
  }

  /** Text of at least `length` characters, ending at a sentence end when one comes soon enough. */
  sentence(random: Random, length: number): string {
    let out = random.pick(this.starts);
    while (out.length < length || (!out.endsWith('。') && out.length < length * 2)) out += this.follow(random, out);
    return out;
  }
}
