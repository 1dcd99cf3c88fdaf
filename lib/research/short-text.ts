import { memoPerPage } from "./page-memo";
import { bodyText, clean } from "./text";

/**
 * Names, prices and button labels are short texts. Building `textContent` for every candidate
 * element is quadratic on deep pages (each container repeats its children's text), so the walk
 * that reads the body's lines also counts, per element, the characters that survive `clean`
 * (text.ts): a container with more than the limit is ruled out without building its text.
 */

/** The element's cleaned text, or undefined when that is surely longer than `max` characters. */
export function shortText(element: Element, max: number): string | undefined {
  const { counts, texts } = pageTexts(element.ownerDocument);
  const counted = counts.get(element);
  // Elements the walk did not count (outside the body, in skipped parts, added since) are read directly.
  if (counted !== undefined && counted > max) return undefined;
  // Names, customers and prices look at many of the same elements.
  let text = texts.get(element);
  if (text === undefined) {
    text = clean(element.textContent);
    texts.set(element, text);
  }
  return text;
}

const pageTexts = memoPerPage((doc: Document) => ({ counts: bodyText(doc).counts, texts: new Map<Element, string>() }));
