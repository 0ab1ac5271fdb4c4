import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

export interface CollectedFiles {
  files: string[];
  errors: { file: string; reason: string }[];
}

/**
 * The page files named by the user: files as given (any name), folders searched recursively for
 * `.txt` files (hidden entries skipped), sorted so imports are reproducible. Paths are made absolute
 * because they identify pages across runs.
 */
export function collectPageFiles(paths: readonly string[]): CollectedFiles {
  const files = new Set<string>();
  const errors: CollectedFiles['errors'] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      errors.push({ file: dir, reason: `cannot read folder (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && extname(e.name).toLowerCase() === '.txt') files.add(full);
    }
  };
  for (const p of paths) {
    const abs = resolve(p);
    try {
      const st = statSync(abs);
      if (st.isDirectory()) walk(abs);
      else files.add(abs);
    } catch (err) {
      errors.push({ file: p, reason: `not found or unreadable (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
    }
  }
  return { files: [...files].sort(), errors };
}
