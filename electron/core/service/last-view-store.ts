import { readFileSync } from 'node:fs';
import { lastViewSchema, type LastView } from '../../shared/api';
import { writeJsonAtomically } from './json-file';

/**
 * Where the reader was, in a small JSON file beside the library's settings. A missing, unreadable
 * or malformed file means no place to go back to, never a failed start.
 */
export class LastViewStore {
  constructor(private readonly file: string) {}

  get(): LastView | null {
    try {
      const parsed = lastViewSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  save(view: LastView): void {
    writeJsonAtomically(this.file, view);
  }
}
