import { describe, expect, it } from 'vitest';
import { progressBar } from '../../../electron/cli/progress-bar';

/** A stand-in for stderr that records what is written to it. */
function stream(isTTY: boolean): { written: string[]; stream: NodeJS.WriteStream } {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream };
}

describe('the progress bar', () => {
  it('draws on a terminal: the share done, the detail, and always the last step', () => {
    const terminal = stream(true);
    const bar = progressBar(terminal.stream);
    bar.update(0, 4000, '0/4000 stories re-indexed');
    bar.update(2000, 4000, '2000/4000 stories re-indexed');
    bar.update(4000, 4000, '4000/4000 stories re-indexed');
    bar.done();
    expect(terminal.written[0]).toBe(`\r[${'.'.repeat(30)}] 0/4000 stories re-indexed`);
    // The middle step comes within a tenth of a second of the first, so it is not drawn; the last is.
    expect(terminal.written.slice(1)).toEqual([`\r[${'#'.repeat(30)}] 4000/4000 stories re-indexed`, '\r\x1b[K']);
  });

  it('writes nothing into a pipe or a log', () => {
    const pipe = stream(false);
    const bar = progressBar(pipe.stream);
    bar.update(1, 2, 'half');
    bar.done();
    expect(pipe.written).toEqual([]);
  });
});
