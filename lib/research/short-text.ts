import { memoPerPage } from "./page-memo";
import { clean } from "./text";

/**
 * Names, prices and button labels are short texts. Building `textContent` for every candidate
 * element is quadratic on deep pages (each container repeats its children's text), so one
 * pass counts, per element, the characters that survive `clean`: a container with more than
 * the limit is ruled out without building its text.
 */

// Counts stop here: the limits asked for (names, prices, labels) are lower; a larger one still works, unpruned.
const countCap = 128;

/** The element's cleaned text, or undefined when that is surely longer than `max` characters. */
export function shortText(element: Element, max: number): string | undefined {
  const { counts, texts } = pageTexts(element.ownerDocument);
  const counted = counts.get(element);
  // Elements the pass did not see (added since, or in another tree) are read directly.
  if (counted !== undefined && counted > max) return undefined;
  // Names, customers and prices look at many of the same elements.
  let text = texts.get(element);
  if (text === undefined) {
    text = clean(element.textContent);
    texts.set(element, text);
  }
  return text;
}

const pageTexts = memoPerPage((doc: Document) => {
  const counts = new Map<Node, number>();
  count(doc, counts);
  return { counts, texts: new Map<Element, string>() };
});

/** Text characters under `node` that `clean` keeps, at least; the count per element goes into `counts`. */
function count(node: Node, counts: Map<Node, number>): number {
  let total = 0;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) total += total < countCap ? visibleChars((child as Text).data, countCap - total) : 0;
    else if (child.nodeType === 1) total += count(child, counts);
  }
  const capped = Math.min(total, countCap);
  counts.set(node, capped);
  return capped;
}

/**
 * Characters of `text` that are certainly not whitespace, up to `enough`. Only printable ASCII
 * and the letters up to U+167F are counted: undercounting is safe, the count is a lower bound.
 */
function visibleChars(text: string, enough: number): number {
  let found = 0;
  for (let i = 0; i < text.length && found < enough; i++) {
    const code = text.charCodeAt(i);
    if ((code > 32 && code < 127) || (code > 160 && code < 0x1680)) found++;
  }
  return found;
}
