import type { Highlights } from '../electron/shared/library';

/** Where the terms occur in the text, ignoring letter case (find in story): sorted, overlapping matches merged. */
export function findRanges(text: string, terms: readonly string[]): Highlights {
  const haystack = text.toLowerCase();
  const ranges: Highlights = [];
  for (const term of terms) {
    const needle = term.toLowerCase();
    if (!needle) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Highlights = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
