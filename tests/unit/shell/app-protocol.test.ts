import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFileFor, contentTypeOf } from '../../../electron/main/app-protocol';

const root = '/opt/broadsheet/dist/renderer';

describe('the app:// protocol', () => {
  it('serves the built renderer', () => {
    expect(appFileFor('app://broadsheet/', root)).toBe(join(root, 'index.html'));
    expect(appFileFor('app://broadsheet/index.html', root)).toBe(join(root, 'index.html'));
    expect(appFileFor('app://broadsheet/assets/index-abc.js', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(contentTypeOf('a/b.woff2')).toBe('font/woff2');
  });

  it('never resolves outside the renderer folder, however the path is spelled', () => {
    for (const url of ['app://broadsheet/../../../etc/passwd', 'app://broadsheet/%2e%2e/%2e%2e/etc/passwd', 'app://broadsheet/%00', 'app://broadsheet/%E0%A4%A']) {
      const file = appFileFor(url, root);
      expect(file === null || file.startsWith(`${root}/`), url).toBe(true);
    }
    expect(appFileFor('app://broadsheet/assets/%2e%2e%2f%2e%2e%2fsecret', root)).toBeNull();
  });

  it('serves nothing for other hosts or schemes', () => {
    expect(appFileFor('app://other/index.html', root)).toBeNull();
    expect(appFileFor('file:///opt/broadsheet/dist/renderer/index.html', root)).toBeNull();
    expect(appFileFor('not a url', root)).toBeNull();
  });
});
