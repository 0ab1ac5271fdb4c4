import { UsageError } from './cli/errors';
import { UserFacingError } from './core/user-facing-error';
import { runParse } from './cli/parse-command';
import { runImport } from './cli/import-command';
import { runSearch } from './cli/search-command';
import { runDump } from './cli/dump-command';
import { runExport } from './cli/export-command';
import { runCite } from './cli/cite-command';
import { runRemove } from './cli/remove-command';
import { runFollowed } from './cli/followed-command';

/** Command line over electron/core (DESIGN.md §5). Each command lives in electron/cli/. */
const commands: Record<string, (argv: string[]) => void | Promise<void>> = {
  parse: runParse,
  import: runImport,
  search: runSearch,
  dump: runDump,
  export: runExport,
  cite: runCite,
  remove: runRemove,
  followed: runFollowed,
};

const HELP = `Broadsheet command line
  parse FILE --json                       print a page's stories as JSON
  import PATH... --db FILE [--json]       import page files and folders into a library
  import --again --db FILE [--json]       the new and changed pages of the folders imported from before
  remove PATH... --db FILE [--json]       take the pages imported from those files or folders out of the library
  search QUERY --db FILE [--region NAME] [--topic ID] [--from DATE] [--to DATE] [--sort relevance|date|oldest] [--limit N] [--json]
  search --batch --db FILE --json         every hit id of each query read from stdin, one JSON line each
  dump --db FILE --json                   every stored story as one JSON line
  followed --db FILE [--json]             the searches followed in the app, with their unread and total stories
  export --db FILE (--ids 1,2 | --query Q | --bookmarks | --collection ID | --clippings [IDS]) --out FILE.pdf
         [--title T] [--paper a4|letter] [--columns 1|2] [--new-page] [--no-notes] [--json]
                                          a selection as a PDF book (cover, contents, stories, citations)
  cite --db FILE (--ids 1,2 | --query Q | --bookmarks | --collection ID | --clippings [IDS]) [--json]
                                          a selection's references (GB/T 7714), numbered, one per line
`;

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}`);
  await command(rest);
}

// `dump | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof UserFacingError) {
    process.stderr.write(`broadsheet: ${err.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`broadsheet: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  }
});
