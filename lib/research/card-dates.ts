import { findDate, findMonth, findShortDate, findSlashDate, relativeDate, slashOrder } from "./dates";
import { clean } from "./text";

/** The date a post card or a news entry shows. */

export const dateLabel = 'time, [class*="date" i], [class*="datum" i], [class*="ago" i], [itemprop="datePublished"]';

/**
 * A date of the card: its `<time>` or date label first, else one in its text near either end. Dates
 * without a day or relative to now ("März 2025", "vor 3 Tagen") count on listings only, and only as
 * a label of their own: in an excerpt ("Two weeks ago we moved…") they tell of no post's day.
 */
export function cardDate(card: Element, listing: boolean): string | undefined {
  const label = card.querySelector(dateLabel);
  const labelText = clean(label?.textContent);
  const short = labelText.length <= maxLabel;
  const fromLabel =
    findDate(label?.getAttribute("datetime") ?? "") ??
    findDate(labelText) ??
    (short ? (findShortDate(labelText) ?? findSlashDate(labelText, pageSlashOrder(card))) : undefined);
  if (fromLabel) return fromLabel;
  const full = findDate(ends(clean(card.textContent)));
  if (full || !listing) return full;
  return relativeDate(labelText) ?? findMonth(labelText) ?? labelDate(card);
}

/** A date line of its own ("12. März 2025", "März 2025", "12.03.25"): short, and a date all through. */
export function lineDate(element: Element | null): string | undefined {
  const text = clean(element?.textContent);
  if (!element || text.length < 5 || text.length > maxLabel) return undefined;
  return findDate(text) ?? findShortDate(text) ?? findSlashDate(text, pageSlashOrder(element)) ?? findMonth(text);
}

function pageSlashOrder(card: Element) {
  return slashOrder(card.ownerDocument.documentElement.getAttribute("lang"));
}

/** Long excerpts put the date in a footer: the ends of the text are read, not all of it. */
function ends(text: string): string {
  return text.length > 600 ? `${text.slice(0, 400)} ${text.slice(-200)}` : text;
}

const maxCardText = 3000;
const maxLabel = 40;

/**
 * A short date of a text of its own in the card ("12.03.25", "März 2025", "vor 3 Tagen"): text nodes
 * are read one by one, as `textContent` runs "Wien" into "März 2025".
 */
function labelDate(card: Element): string | undefined {
  const walker = card.ownerDocument.createTreeWalker(card, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(); node && length < maxCardText; node = walker.nextNode()) {
    const text = clean(node.nodeValue);
    length += text.length;
    if (text.length < 5 || text.length > maxLabel) continue;
    const date =
      findShortDate(text) ?? findSlashDate(text, pageSlashOrder(card)) ?? relativeDate(text) ?? findMonth(text);
    if (date) return date;
  }
  return undefined;
}
