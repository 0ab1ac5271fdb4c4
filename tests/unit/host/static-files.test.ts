import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStaticFile } from '../../../electron/host/static-files';

const base = mkdtempSync(join(tmpdir(), 'bs-static-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html>');
writeFileSync(join(root, 'assets', 'app-1.js'), 'x');
writeFileSync(join(base, 'secret.txt'), 'no');

describe('static files of the web host', () => {
  it('serves the renderer, index.html for in-app addresses, and marks hashed assets immutable', async () => {
    expect((await readStaticFile(root, '/'))?.type).toMatch(/text\/html/);
    expect((await readStaticFile(root, '/story/3'))?.body.toString()).toBe('<!doctype html>');
    expect(await readStaticFile(root, '/assets/app-1.js')).toMatchObject({ type: expect.stringMatching(/javascript/), immutable: true });
    expect(await readStaticFile(root, '/missing.js')).toBeNull();
  });

  it('never reads outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00', '/%E0%A4%A']) {
      expect(await readStaticFile(root, path), path).toBeNull();
    }
  });
});
