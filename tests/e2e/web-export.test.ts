import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, startWebHost, type RunningHost } from '../support/web-host';

let host: RunningHost;

beforeAll(async () => {
  host = await startWebHost();
});
afterAll(async () => {
  await host?.stop();
});

interface ExportAnswer {
  file: string;
  stories: number;
  pages: number;
  download?: string;
}

const download = (path: string, token: string | null = host.token) =>
  fetch(`${host.origin}${path}`, { headers: token === null ? {} : { Authorization: `Bearer ${token}` } });

describe('export through the web host', () => {
  it('prints the chosen stories into a book the page can download, with progress on the way', async () => {
    const events = await fetch(`${host.origin}/api/events?token=${host.token}`);
    const reader = events.body?.getReader();
    const ids = ((await callApi(host, 'listStories', { limit: 3 })).body as { items: { id: number }[] }).items.map((s) => s.id);

    const answer = await callApi(host, 'exportPdf', { selection: { kind: 'stories', ids }, options: { title: '乡贤/剪报' } });
    expect(answer.status).toBe(200);
    const result = answer.body as ExportAnswer;
    expect(result).toMatchObject({ stories: ids.length });
    expect(result.pages).toBeGreaterThan(1);
    expect(result.download).toMatch(/^\/api\/download\/.+\.pdf$/);
    expect(decodeURIComponent(result.download ?? '')).toContain('乡贤剪报');

    const book = await download(result.download ?? '');
    expect(book.status).toBe(200);
    expect(book.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode((await book.arrayBuffer()).slice(0, 5))).toBe('%PDF-');

    let seen = '';
    while (!seen.includes('"phase":"done"')) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      seen += new TextDecoder().decode(chunk.value);
    }
    await reader?.cancel();
    expect(seen).toContain('event: exportProgress');
    expect(seen).toContain('"phase":"preparing"');
  });

  it('keeps books behind the token and inside the exports folder', async () => {
    const ids = ((await callApi(host, 'listStories', { limit: 1 })).body as { items: { id: number }[] }).items.map((s) => s.id);
    const result = (await callApi(host, 'exportPdf', { selection: { kind: 'stories', ids } })).body as ExportAnswer;
    expect((await download(result.download ?? '', null)).status).toBe(401);
    expect((await download('/api/download/..%2Flibrary.db')).status).toBe(404);
    expect((await download('/api/download/nothing-here.pdf')).status).toBe(404);
  });

  it('refuses to write where the page asks, and says why an empty selection cannot be printed', async () => {
    const elsewhere = await callApi(host, 'exportPdf', { selection: { kind: 'bookmarks' }, out: '/tmp/anywhere.pdf' });
    expect(elsewhere.status).toBe(403);
    const empty = await callApi(host, 'exportPdf', { selection: { kind: 'bookmarks' } });
    expect(empty.status).toBeGreaterThanOrEqual(400);
    expect((empty.body as { error: { message: string } }).error.message).toMatch(/\S/);
  });
});
