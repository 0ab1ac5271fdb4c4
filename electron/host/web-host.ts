import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LazyChromiumPrinter } from '../core/export';
import { ApiError } from '../core/service/api-error';
import { EventHub } from '../core/service/event-hub';
import { createHandlers, settingsHandlers } from '../core/service/handlers';
import { handlersOnceReady } from '../core/service/handlers-once-ready';
import { LastViewStore } from '../core/service/last-view-store';
import { ImportRunner } from '../core/service/import-runner';
import { createPdfExport } from '../core/service/pdf-export';
import { openAppLibrary } from '../core/service/open-app-library';
import { upgradeNotice } from '../core/library';
import { SettingsStore } from '../core/service/settings-store';
import { UserFacingError } from '../core/user-facing-error';
import { appRoot } from './app-paths';
import { defaultLibraryFile } from './data-dir';
import { bookFileName, downloadPath } from './exports-folder';
import { HostUsageError, parseHostArgs, SHORT_TOKEN } from './host-args';
import { openBrowser } from './open-browser';
import { createWebHost, listen } from './server';

/** `npm run web`: the app in any browser, served on 127.0.0.1 (DESIGN.md §2, §5). */
async function main(argv: string[]): Promise<void> {
  const args = parseHostArgs(argv);
  const root = appRoot();
  const staticDir = join(root, 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) throw new HostUsageError('the renderer is not built yet: run `npm run build` first (npm run web does it for you).');
  const file = args.db ?? defaultLibraryFile();
  const events = new EventHub();
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const exportsDir = join(dirname(file), 'exports');
  const printer = new LazyChromiumPrinter();
  const settings = new SettingsStore(`${file}.settings.json`);
  const lastView = new LastViewStore(`${file}.view.json`);
  // Served before the library is open: an older file's upgrade shows its progress in the page.
  const seedsDir = join(root, 'seeds');
  const opening = openAppLibrary(file, seedsDir, {
    events,
    onUpgrade: (from, to) => process.stderr.write(`broadsheet web: ${upgradeNotice(file, from, to)}\n`),
  });
  const ready = opening.then(({ library }) => {
    const exports = createPdfExport({
      library,
      printer,
      events,
      destination: async (request) => {
        if (request.out !== undefined) throw new ApiError('not-allowed', 'The web host keeps exported books in its own folder and offers them for download; leave out "out".');
        return join(exportsDir, bookFileName(request.options?.title ?? '剪报集', new Date()));
      },
      downloadPath,
    });
    return createHandlers({ version, library, settings, lastView, imports: new ImportRunner(library, events), exports, seedsDir });
  });
  const server = createWebHost({ handlers: handlersOnceReady(ready, settingsHandlers(settings)), events, token: args.token, staticDir, exportsDir });
  const port = await listen(server, args.port);
  const url = `http://127.0.0.1:${port}/?token=${args.token}`;
  // The first stdout line is the URL: scripts and tests read it (DESIGN.md §5).
  process.stdout.write(`${url}\n`);
  if (args.token.length < SHORT_TOKEN) process.stderr.write(`broadsheet web: the token is shorter than ${SHORT_TOKEN} characters; another program on this computer could guess it.\n`);
  if (args.open) openBrowser(url);
  let opened: Awaited<typeof opening>;
  try {
    opened = await opening;
  } catch (err) {
    // The browser just opened would find nobody there; serving on, the page says why instead.
    if (!args.open || !(err instanceof UserFacingError)) throw err;
    process.stderr.write(`broadsheet web: ${err.message}\nbroadsheet web: the page in the browser says so too; Ctrl+C stops.\n`);
    const quit = () => {
      server.close();
      server.closeAllConnections();
      process.exit(2);
    };
    process.once('SIGINT', quit);
    process.once('SIGTERM', quit);
    return;
  }
  const { library, movedAside, seeded } = opened;
  await ready;
  if (movedAside) process.stderr.write(`broadsheet web: the library file was damaged; it was moved to ${movedAside} and a fresh library started.\n`);
  process.stderr.write(`broadsheet web: serving ${library.file}${seeded ? ' (first start: imported the sample pages)' : ''}; Ctrl+C stops.\n`);

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void printer.close();
    library.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const known = err instanceof HostUsageError || err instanceof UserFacingError;
  const inUse = (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
  process.stderr.write(
    known ? `broadsheet web: ${(err as Error).message}\n`
    : inUse ? 'broadsheet web: that port is already in use; pick another with --port N, or leave it out for a free one.\n'
    : `broadsheet web: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(known || inUse ? 2 : 1);
});
