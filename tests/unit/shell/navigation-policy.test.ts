import { describe, expect, it } from 'vitest';
import { APP_START_URL, externalLink, isAppUrl, navigationAllowed, trustedSender } from '../../../electron/main/navigation-policy';

describe('navigation policy', () => {
  it('keeps windows on the app’s own pages', () => {
    expect(navigationAllowed(APP_START_URL)).toBe(true);
    expect(navigationAllowed('app://broadsheet/index.html#story-3')).toBe(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'not a url', 'http://127.0.0.1:5173/']) {
      expect(navigationAllowed(url), url).toBe(false);
    }
  });

  it('hands only http(s) links to the OS browser', () => {
    expect(externalLink('https://zj.gov.cn/a?b=1')).toBe('https://zj.gov.cn/a?b=1');
    expect(externalLink('http://example.com')).toBe('http://example.com/');
    for (const url of ['file:///home/me/x.txt', 'javascript:alert(1)', 'smb://server/share', 'mailto:a@b.c', 'app://broadsheet/', 'https://user:pw@example.com/', '']) {
      expect(externalLink(url), url).toBeNull();
    }
  });

  it('answers IPC only from the app’s own top frame', () => {
    expect(trustedSender({ url: APP_START_URL, parent: null })).toBe(true);
    expect(trustedSender({ url: APP_START_URL, parent: {} })).toBe(false);
    expect(trustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(trustedSender(null)).toBe(false);
    expect(isAppUrl('app://broadsheet.evil/')).toBe(false);
  });
});
