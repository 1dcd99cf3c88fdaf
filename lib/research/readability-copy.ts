/** A copy of a page that Readability may change, and the way to let it go afterwards. */
export interface ReadabilityCopy {
  doc: Document;
  release(): void;
}

/**
 * Readability changes the document it reads, so it gets a copy. Where the browser has one, the
 * copy lives in the page's inert template document: a copied whole document parses every style
 * sheet again (on pages with many <style> elements that costs more than Readability itself), an
 * inert one parses none, and Readability removes the style elements unread. Elsewhere (or while
 * that document is in use) the document is cloned.
 */
export function readabilityCopy(doc: Document): ReadabilityCopy {
  const root = doc.documentElement;
  const inert = root ? doc.createElement("template").content?.ownerDocument : undefined;
  if (!root || !inert || inert === doc || inert.documentElement || inert.firstChild) {
    return { doc: doc.cloneNode(true) as Document, release: () => undefined };
  }
  const copy = inert.appendChild(inert.importNode(root, true));
  return { doc: inert, release: () => copy.remove() };
}
