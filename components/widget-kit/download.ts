/**
 * Saves text as a file in the browser: a Blob's object URL followed by a download link. Nothing is fetched and no
 * server is involved; a download is a navigation to a blob: URL, which the site's CSP (no navigate-to) leaves alone.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Not revoked at once: a browser may read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
