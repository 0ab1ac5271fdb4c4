/** Puts text on the clipboard; rejects where the page may not, so the caller can offer the text to copy by hand. */
export function copyText(text: string): Promise<void> {
  // Pages served over plain http from another host have no Clipboard API; ours are local or app://.
  return 'clipboard' in navigator ? navigator.clipboard.writeText(text) : Promise.reject(new Error('no clipboard'));
}
