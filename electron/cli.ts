import { UsageError } from './cli/errors';
import { runParse } from './cli/parse-command';

/** Command line over electron/core (DESIGN.md §5). Each command lives in electron/cli/. */
const commands: Record<string, (argv: string[]) => void | Promise<void>> = {
  parse: runParse,
};

const HELP = `Broadsheet command line
  parse FILE --json                       print a page's stories as JSON
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

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) {
    process.stderr.write(`broadsheet: ${err.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`broadsheet: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  }
});
