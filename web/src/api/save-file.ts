/** Saves a downloaded file through an object URL and a temporary link (no navigation, no inline script). */
export function saveFile(blob: Blob, fileName: string): string {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once click() returns, but some need a moment before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}
