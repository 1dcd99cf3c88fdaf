/** A page that asks for a password instead of showing content: nothing to research there. */
export function isLoginWall(doc: Document): boolean {
  const passwords = doc.querySelectorAll('input[type="password"]').length;
  if (passwords === 0) return false;
  const text = doc.body?.textContent?.replace(/\s+/g, " ").trim() ?? "";
  return text.length < 3000;
}
