const WIDTH = 30;

export interface ProgressBar {
  /** Draws `done` of `total` with `detail` after the bar (at most ten times a second, and always the last step). */
  update: (done: number, total: number, detail: string) => void;
  /** Clears the line for what comes after. */
  done: () => void;
}

/** A one-line progress bar on stderr, drawn only when stderr is a terminal (never into logs or pipes). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  return {
    update: (done, total, detail) => {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const filled = total ? Math.round((Math.min(done, total) / total) * WIDTH) : 0;
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${detail}`);
    },
    done: () => stream.write('\r\x1b[K'),
  };
}
