import { createInterface } from 'node:readline';
import { sortOrderSchema, type SearchHit } from '../shared/library';
import { Library, LibraryError } from '../core/library';
import { markedSnippet } from '../core/search/snippet';
import { readArgs } from './args';
import { UsageError } from './errors';
import { explainDamage, openLibrary, positiveInt } from './library-access';

const USAGE = `usage: search QUERY --db FILE [--region NAME] [--topic ID] [--person NAME] [--from DATE] [--to DATE] [--sort relevance|date|oldest|opened] [--limit N] [--json]
       search --batch --db FILE --json   (one query per stdin line)`;

const hitJson = (h: SearchHit) => ({ id: h.id, title: h.title, snippet: markedSnippet(h.snippet), region: h.region, topics: h.topics, score: h.score });

/** `search`: one query with hits, facets and timing, or `--batch`: every hit id of each stdin line. */
export async function runSearch(argv: string[]): Promise<void> {
  const parsed = readArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        batch: { type: 'boolean', default: false },
        region: { type: 'string' },
        topic: { type: 'string' },
        person: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        sort: { type: 'string' },
        limit: { type: 'string' },
      },
      allowPositionals: true,
    }, USAGE);
  const { values, positionals } = parsed;
  if (values.batch) {
    if (positionals.length > 0) throw new UsageError(`search --batch reads its queries from stdin, one per line; drop "${positionals.join(' ')}"\n${USAGE}`);
    if (values.region ?? values.topic ?? values.person ?? values.from ?? values.to ?? values.sort ?? values.limit) {
      throw new UsageError('search --batch lists every hit of each query; it takes no filters, sort or limit');
    }
    const library = openLibrary(values.db, { mustExist: true, integrityCheck: 'light' });
    try {
      await runBatch(library);
    } catch (err) {
      throw explainDamage(err, library.file);
    } finally {
      library.close();
    }
    return;
  }
  const query = positionals.join(' ');
  if (query.trim().length === 0) throw new UsageError(`search needs a query\n${USAGE}`);
  const limit = positiveInt('--limit', values.limit, 1000) ?? 20;
  const sort = sortOrderSchema.safeParse(values.sort ?? 'relevance');
  if (!sort.success) throw new UsageError(`--sort is relevance, date (newest first), oldest or opened (the last opened in the app first), not "${values.sort}"`);
  const library = openLibrary(values.db, { mustExist: true, integrityCheck: 'light' });
  try {
    const filters = Library.filters({ region: values.region, topic: values.topic, person: values.person, dateFrom: values.from, dateTo: values.to });
    const result = library.search({ query, filters, limit, sort: sort.data });
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ total: result.total, hits: result.hits.map(hitJson), facets: result.facets, ms: Number(result.ms.toFixed(3)) })}\n`);
    } else {
      process.stdout.write(`${result.total} stories (${result.ms.toFixed(1)} ms)\n`);
      for (const h of result.hits) process.stdout.write(`\n#${h.id} ${h.title || '(untitled)'}  ${h.date ?? ''}\n  ${markedSnippet(h.snippet)}\n`);
    }
  } catch (err) {
    if (err instanceof LibraryError) throw new UsageError(err.message);
    throw explainDamage(err, library.file);
  } finally {
    library.close();
  }
}

async function runBatch(library: Library): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim().length === 0) continue;
    const started = performance.now();
    const ids = library.searchIds(line);
    const ms = Number((performance.now() - started).toFixed(3));
    process.stdout.write(`${JSON.stringify({ query: line, total: ids.length, ms, ids })}\n`);
  }
}
