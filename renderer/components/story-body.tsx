import type { Article } from '../../electron/shared/model';
import type { Highlights } from '../../electron/shared/library';
import { HighlightedText } from './highlighted-text';

export interface BodyMarks {
  /** Search-term ranges per paragraph index. */
  hits: ReadonlyMap<number, Highlights>;
  /** Find-in-story ranges per paragraph index, numbered through the story in reading order. */
  found: ReadonlyMap<number, { ranges: Highlights; offset: number }>;
  current: number;
}

const LEAD = /^(本报讯|本报消息)/;

/** 本报讯 opening the first paragraph, set bold as the paper prints it; '' otherwise. */
const leadMark = (i: number, text: string): string => (i === 0 ? (LEAD.exec(text)?.[0] ?? '') : '');

/** Ranges in a paragraph moved to the text after its first `by` characters (ranges there are left out). */
const shift = (ranges: Highlights, by: number): Highlights =>
  by === 0 ? ranges : ranges.filter(([start]) => start >= by).map(([start, end]) => [start - by, end - by]);

/**
 * The story's paragraphs as printed: subheads styled apart, the 本报讯 of the lead set bold, each
 * paragraph carrying its index so a selection can be clipped.
 */
export function StoryBody({ article, marks }: { article: Article; marks: BodyMarks }) {
  const subheads = new Set(article.subheads);
  // Photo news prints its caption as its only paragraph; it is shown once, in the caption box.
  const body = article.paragraphs.map((text, i) => ({ text, i })).filter(({ text }) => text !== article.caption);
  const text = (i: number, value: string, from = 0) => {
    const found = marks.found.get(i);
    const before = found ? found.ranges.filter(([start]) => start < from).length : 0;
    return (
      <HighlightedText
        text={value.slice(from)}
        highlights={shift(marks.hits.get(i) ?? [], from)}
        found={found && shift(found.ranges, from)}
        foundOffset={found && found.offset + before}
        current={marks.current}
      />
    );
  };
  return (
    <div className="story-body">
      {body.map(({ text: value, i }) =>
        subheads.has(i) ? (
          <h2 key={i} className="story-subhead" data-paragraph={i}>
            {text(i, value)}
          </h2>
        ) : (
          <p key={i} data-paragraph={i} className={i === body[0]?.i && article.incomplete.start ? 'continued' : undefined}>
            {leadMark(i, value) ? (
              <>
                <strong className="lead-mark">{leadMark(i, value)}</strong>
                {text(i, value, leadMark(i, value).length)}
              </>
            ) : (
              text(i, value)
            )}
          </p>
        ),
      )}
    </div>
  );
}

/** The paragraph index and character range of a selection made inside one paragraph of the story, or null. */
export function selectionInParagraph(selection: Selection | null): { paragraph: number; start: number; end: number; text: string } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const host = (node: Node): HTMLElement | null => (node instanceof HTMLElement ? node : node.parentElement)?.closest<HTMLElement>('[data-paragraph]') ?? null;
  const paragraph = host(range.startContainer);
  if (!paragraph || paragraph !== host(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const text = range.toString();
  if (!text.trim()) return null;
  return { paragraph: Number(paragraph.dataset.paragraph), start, end: start + text.length, text };
}
