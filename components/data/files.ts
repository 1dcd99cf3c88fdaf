/** Offers text as a file download: Blob + object URL + <a download>, nothing leaves the browser. */
export function downloadText(fileName: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "prospect-scout-backup-2026-11-27.json": sortable, and one file per day is easy to find. */
export function datedFileName(stem: string, extension: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${stem}-${day}.${extension}`;
}

/** A chosen file as text, without a byte order mark (Excel writes one into UTF-8 CSV). */
export async function readTextFile(file: Blob): Promise<string> {
  return withoutBom(await file.text());
}

export function withoutBom(text: string): string {
  return text.replace(/^\uFEFF/, "");
}
