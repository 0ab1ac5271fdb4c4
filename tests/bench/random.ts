/** A seeded generator (mulberry32): the same seed gives the same archive on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/**
 * Zipf-distributed picks over a ranked list: a few items are common, most are rare, as place
 * names and people are in a real archive.
 */
export class Zipf<T> {
  private readonly cumulative: number[] = [];

  constructor(
    private readonly items: readonly T[],
    exponent = 1,
  ) {
    let sum = 0;
    for (let i = 0; i < items.length; i++) {
      sum += 1 / Math.pow(i + 1, exponent);
      this.cumulative.push(sum);
    }
  }

  pick(random: Random): T {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const x = random.next() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    const item = this.items[lo];
    if (item === undefined) throw new Error('Zipf over an empty list');
    return item;
  }
}
