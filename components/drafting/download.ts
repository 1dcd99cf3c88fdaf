/** Saves text as a file through a Blob URL and an <a download>: no downloads permission needed. */
export function downloadText(filename: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = filename;
  doc.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
