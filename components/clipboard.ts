/** Puts an email on the clipboard as plain text and HTML together, so any mail client pastes it well. */
export async function copyRichText(text: string, html: string): Promise<void> {
  if (typeof ClipboardItem === "function" && navigator.clipboard.write) {
    await navigator.clipboard.write([
      new ClipboardItem({
        "text/plain": new Blob([text], { type: "text/plain" }),
        "text/html": new Blob([html], { type: "text/html" }),
      }),
    ]);
    return;
  }
  await navigator.clipboard.writeText(text);
}
