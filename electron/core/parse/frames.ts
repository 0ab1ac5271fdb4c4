import type { Author } from '../../shared/model';

/** One paragraph of body text, with its position among the page's blocks. */
export interface Para {
  text: string;
  pos: number;
  subhead: boolean;
  lead: boolean;
}

/** A story as it is being put together: a headline (maybe none yet) and the text given to it. */
export interface Frame {
  pos: number;
  section: string | null;
  head: string[][];
  authors: Author[];
  paras: Para[];
  photo: boolean;
}

export function newFrame(pos: number, fields: Partial<Frame> = {}): Frame {
  return { pos, section: null, head: [], authors: [], paras: [], photo: false, ...fields };
}

export function headText(frame: Frame): string {
  return frame.head.map((lines) => lines.join('')).join(' ');
}

/** The text that speaks for a frame when comparing it with loose text: headline twice, then body. */
export function profileText(frame: Frame): string[] {
  const head = headText(frame);
  return [head, head, ...frame.paras.map((p) => p.text)];
}
