import type { Highlights } from '../../electron/shared/library';

interface Props {
  text: string;
  highlights: Highlights;
  /** Ranges of a find-in-story search, marked apart from the search hits. */
  found?: Highlights;
  /** The index (into `found`) of the match the reader is on. */
  foundOffset?: number;
  current?: number;
}

/** Text with the search hits (and find-in-story matches) marked. */
export function HighlightedText({ text, highlights, found = [], foundOffset = 0, current = -1 }: Props) {
  if (highlights.length === 0 && found.length === 0) return <>{text}</>;
  const marks = [
    ...found.map(([start, end], i) => ({ start, end, className: foundOffset + i === current ? 'found current' : 'found', index: foundOffset + i })),
    ...highlights.map(([start, end]) => ({ start, end, className: undefined, index: -1 })),
  ].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const { start, end, className, index } of marks) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className={className} data-found={index >= 0 ? index : undefined}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
