import type { ImportProgress } from '../shared/library';

const WIDTH = 30;

/** A one-line progress bar on stderr, drawn only when stderr is a terminal (never into logs or pipes). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): { update: (p: ImportProgress) => void; done: () => void } {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  return {
    update: (p) => {
      const now = Date.now();
      if (now - last < 100 && p.filesDone < p.filesTotal) return;
      last = now;
      const filled = p.filesTotal ? Math.round((p.filesDone / p.filesTotal) * WIDTH) : 0;
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${p.filesDone}/${p.filesTotal} files, ${p.stories} stories`);
    },
    done: () => stream.write('\r\x1b[K'),
  };
}
