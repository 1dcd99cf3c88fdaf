import { shortText } from "./short-text";
import { unique } from "./text";

/**
 * Products named on a product overview: blocks the page's own markup calls a product ("product-card",
 * "product-block", "produkt") each open with the product's name as their heading. Only the block
 * itself counts, not its parts ("product-block__features"): those hold feature titles.
 */

const candidates = '[class*="product"], [class*="Product"], [class*="produkt"], [class*="Produkt"]';
const productBlock = /^(?:product|produkt)(?:[-_]?(?:card|block|box|tile|teaser|item|entry|panel|section))?$/i;
const headings = "h2, h3, h4";
// A name, not a sentence or a feature's title: short, no colon or question, a full stop only inside ("id.a2").
const nameLike = /^(?!.*\.(?:\s|$))[^:?!]{2,40}$/;

export function domProducts(doc: Document): string[] {
  const names: string[] = [];
  for (const element of Array.from(doc.querySelectorAll(candidates)).slice(0, 200)) {
    if (!Array.from(element.classList).some((token) => productBlock.test(token))) continue;
    const name = blockName(element);
    if (name) names.push(name);
    if (names.length >= 12) break;
  }
  // One block alone is as often a home page's "product" section under a slogan: an overview lists several.
  const found = unique(names);
  return found.length >= 2 ? found : [];
}

function blockName(block: Element): string | undefined {
  const heading = block.querySelector(headings);
  const text = heading ? shortText(heading, 60) : undefined;
  if (!text || !nameLike.test(text) || text.split(/\s+/).length > 5) return undefined;
  return text;
}
