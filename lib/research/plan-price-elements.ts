import { parsePrice } from "./price";
import { shortText } from "./short-text";

/** The elements of a page that are prices, for plan cards found from their prices (see plan-cards.ts). */

const currencyToken = /[$€£₹₽]|\b(?:chf|eur|euro|usd|gbp|inr)\b|\bs?fr\.|\brs\.?\s?\d/i;
const unread = new Set(["script", "style", "noscript", "template"]);
// NodeFilter.SHOW_TEXT, which not every DOM exposes as a global.
const showText = 4;

/** Elements that are prices, found from the text nodes that hold a currency (a few per page). */
export function priceElements(body: Element): Element[] {
  const found = new Set<Element>();
  const walker = body.ownerDocument.createTreeWalker(body, showText);
  for (let node = walker.nextNode(); node && found.size < 40; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || unread.has(parent.localName) || !currencyToken.test(node.nodeValue ?? "")) continue;
    // The currency may stand in its own span ("€" "29" "/ Monat"): the price is up to two levels up.
    for (let box: Element | null = parent, up = 0; box && up < 3; box = box.parentElement, up++) {
      const text = shortText(box, 45);
      if (text === undefined) break;
      if (parsePrice(text)) {
        found.add(box);
        break;
      }
    }
  }
  return [...found];
}
