/** Escaping for the two places exported text goes: HTML content/attributes and CSS strings. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * A CSS string literal (for `content:` in page margin boxes). Everything but letters, digits, CJK and
 * spaces is written as a hex escape, so no title can close the string or the <style> element.
 */
export function cssString(text: string): string {
  const body = Array.from(text.replace(/[\r\n\t]+/g, ' '), (ch) =>
    /[\p{L}\p{N} ]/u.test(ch) && ch !== '\\' ? ch : `\\${(ch.codePointAt(0) ?? 0).toString(16)} `,
  ).join('');
  return `"${body}"`;
}
