/**
 * Hands text to the browser as a file to save: a download in a browser, the save dialog in the
 * desktop app (Electron asks where when nothing sets the path).
 */
export function saveTextFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked at once, the address could be gone before the download has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
