import { readFileSync } from 'node:fs';
import { readPage } from '../core/page';
import { readArgs } from './args';
import { UsageError } from './errors';

export function runParse(argv: string[]): void {
  const { values, positionals } = readArgs({ args: argv, options: { json: { type: 'boolean', default: false } }, allowPositionals: true }, 'usage: parse FILE --json');
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('usage: parse FILE --json (exactly one page file)');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const page = readPage(text, file);
  process.stdout.write(values.json ? `${JSON.stringify(page)}\n` : `${JSON.stringify(page, null, 2)}\n`);
}
