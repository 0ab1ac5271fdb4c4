import { splitTrailingCredit } from './byline';
import { newFrame, type Frame } from './frames';
import type { Unit } from './units';

/**
 * First pass over a page: units in printed order become frames, each headline opening one and
 * the body text after it joining it. Interleaved stories are untangled later (repair.ts).
 */
export interface Assembly {
  frames: Frame[];
  loose: string[];
}

type ParaUnit = Extract<Unit, { kind: 'para' }>;
type ShortUnit = Extract<Unit, { kind: 'short' }>;

/** A paragraph right after a picture gap is a photo caption when a credit or a new story follows it. */
function isCaption(units: Unit[], at: number): boolean {
  const unit = units[at];
  if (unit?.kind !== 'para' || unit.lead) return false;
  if (splitTrailingCredit(unit.text)) return true;
  const after = units[at + 1];
  if (after === undefined) return true;
  if (after.kind === 'short') return after.names !== null || !after.gap;
  return after.kind !== 'para';
}

/**
 * Subheads are set as one short phrase, two phrases side by side (`闻令而动 挺身而出`) or over
 * two lines; a long unbroken line inside a story is body text cut at a column's foot
 * (`托管合作带来的最大变化就是技术` / `能力的提升。…`), and so is a line with a quote left open.
 */
const SUBHEAD_MAX = 12;
const QUOTE_PAIRS = ['“”', '‘’', '「」', '『』', '《》'];
function looksLikeSubhead(lines: string[]): boolean {
  const text = lines.join('');
  const balanced = QUOTE_PAIRS.every(([o, c]) => text.split(o ?? '').length === text.split(c ?? '').length);
  return balanced && (lines.length > 1 || text.length <= SUBHEAD_MAX || text.includes(' '));
}

function captionFrame(unit: ParaUnit, head: ShortUnit[]): Frame {
  const credit = splitTrailingCredit(unit.text);
  const text = credit ? credit.text : unit.text;
  return newFrame(head[0]?.pos ?? unit.pos, {
    photo: true,
    head: head.map((u) => u.lines),
    authors: credit ? credit.authors : [],
    paras: [{ text, pos: unit.pos, subhead: false, lead: false }],
  });
}

export function assemble(units: Unit[]): Assembly {
  return new Assembler(units).run();
}

class Assembler {
  private readonly frames: Frame[] = [];
  private readonly loose: string[] = [];
  private cur: Frame | null = null;
  private section: string | null = null;

  constructor(private readonly units: Unit[]) {}

  run(): Assembly {
    for (let i = 0; i < this.units.length; ) i = this.take(i);
    if (this.section !== null) this.loose.push(this.section);
    return { frames: this.frames, loose: this.loose };
  }

  private open(frame: Frame): Frame {
    frame.section = this.section;
    this.section = null;
    this.frames.push(frame);
    this.cur = frame;
    return frame;
  }

  /** The photo just read has its caption but no credit yet: a byline or names line is its credit. */
  private photoAwaitingCredit(): Frame | null {
    const cur = this.cur;
    return cur && cur.photo && cur.paras.length > 0 && cur.authors.length === 0 ? cur : null;
  }

  /** Reads the unit at `i` (and any it needs to look at) and returns where to go on. */
  private take(i: number): number {
    const unit = this.units[i] as Unit;
    switch (unit.kind) {
      case 'section':
        if (this.section !== null) this.loose.push(this.section);
        this.section = unit.text;
        return i + 1;
      case 'credit':
        if (this.cur) this.cur.authors.push(...unit.authors);
        else this.loose.push(unit.authors.map((a) => `${a.name}${a.role ? ` ${a.role}` : ''}`).join(' '));
        return i + 1;
      case 'byline': {
        const photo = this.photoAwaitingCredit();
        if (photo) photo.authors.push(...unit.authors);
        else this.open(newFrame(unit.pos, { authors: unit.authors }));
        return i + 1;
      }
      case 'para': {
        const para = { text: unit.text, pos: unit.pos, subhead: false, lead: unit.lead };
        const cur = this.cur;
        if (unit.gap && isCaption(this.units, i)) this.open(captionFrame(unit, []));
        else if (!cur || cur.photo || (unit.lead && cur.paras.length > 0)) this.open(newFrame(unit.pos)).paras.push(para);
        else cur.paras.push(para);
        return i + 1;
      }
      case 'short':
        return this.takeShortRun(i);
    }
  }

  /** A run of short blocks: a headline, a subhead, a photo title, or bare names under a photo. */
  private takeShortRun(start: number): number {
    const all = this.units;
    const first = all[start] as ShortUnit;
    const photo = this.photoAwaitingCredit();
    if (first.names && photo) {
      photo.authors.push(...first.names);
      return start + 1;
    }
    const run: ShortUnit[] = [];
    let j = start;
    for (let u = all[j]; u?.kind === 'short'; u = all[++j]) {
      if (run.length > 0 && (u.names || u.gap)) break;
      run.push(u);
    }
    const next = all[j];
    const headline = () => this.open(newFrame(first.pos, { head: run.map((u) => u.lines) }));
    if (next?.kind === 'short' && next.names && !next.gap) {
      headline().authors.push(...next.names);
      return j + 1;
    }
    if (next?.kind === 'byline') {
      headline().authors.push(...next.authors);
      return j + 1;
    }
    if (next?.kind === 'para' && !next.lead && (next.gap || first.gap) && isCaption(all, j)) {
      this.open(captionFrame(next, run));
      return j + 1;
    }
    const cur = this.cur;
    if (next?.kind === 'para' && !next.lead && run.length === 1 && !first.gap && cur && !cur.photo && cur.paras.length > 0) {
      const subhead = looksLikeSubhead(first.lines);
      cur.paras.push({ text: first.lines.join(subhead ? ' ' : ''), pos: first.pos, subhead, lead: false });
      return j;
    }
    headline();
    return j;
  }
}
