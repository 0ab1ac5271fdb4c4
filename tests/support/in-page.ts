import type { Locator, Page } from 'playwright-core';

/**
 * Small reads and actions inside the page. The tests' tsconfig has no DOM types (it checks Node
 * code), so the little DOM these use is declared here rather than pulled in for everything.
 */
interface PageGlobals {
  getComputedStyle(element: unknown): Record<string, string>;
  document: { documentElement: { dataset: Record<string, string | undefined>; lang: string }; activeElement: unknown };
}
export const computedStyle = (locator: Locator, property: string): Promise<string> =>
  locator.evaluate((element, name) => String((globalThis as unknown as PageGlobals).getComputedStyle(element)[name]), property);

export const rootData = (page: Page, key: string): Promise<string | undefined> =>
  page.evaluate((name) => (globalThis as unknown as PageGlobals).document.documentElement.dataset[name], key);

export const rootLang = (page: Page): Promise<string> => page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.lang);

export const hasFocus = (locator: Locator): Promise<boolean> => locator.evaluate((element) => element === (globalThis as unknown as PageGlobals).document.activeElement);

interface SelectionGlobals {
  document: { createRange(): { setStart(node: unknown, offset: number): void; setEnd(node: unknown, offset: number): void } };
  getSelection(): { removeAllRanges(): void; addRange(range: unknown): void } | null;
  MouseEvent: new (type: string, init: { bubbles: boolean }) => unknown;
}

/** Selects the first `chars` characters of an element's first text node and ends with the mouse's release, as a reader dragging over them would. */
export const selectLeadingText = (locator: Locator, chars: number): Promise<void> =>
  locator.evaluate((element, count) => {
    const g = globalThis as unknown as SelectionGlobals;
    const target = element as unknown as { firstChild: unknown; dispatchEvent(event: unknown): boolean };
    const range = g.document.createRange();
    range.setStart(target.firstChild, 0);
    range.setEnd(target.firstChild, count);
    const selection = g.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    target.dispatchEvent(new g.MouseEvent('mouseup', { bubbles: true }));
  }, chars);
