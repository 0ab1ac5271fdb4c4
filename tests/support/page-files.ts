import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes a page file that the library does not hold yet: the page at `from` with a reader's letter
 * added, so it has stories of its own. (A verbatim copy of a stored page is not imported twice.)
 */
export function writeAnotherPage(from: string, to: string, letter: string): void {
  writeFileSync(to, `${readFileSync(from, 'utf8')}\n\n\n读者来信：${letter}\n本报讯 一位读者来信说起${letter}的事。\n`);
}
