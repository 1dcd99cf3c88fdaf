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

// Entries of a products menu that name no product: an overview, a comparison, vouchers, parts, downloads.
const menuService =
  /^(?:(?:all|alle|unsere|our) (?:products|produkte)|(?:produkt)?(?:übersicht|overview)|product overview|compare(?: plans| products)?|vergleich\w*|gutscheine?|geschenkgutscheine?|gift ?cards?|vouchers?|zubehör|accessories|ersatzteile|spare parts|downloads?|preise|pricing|neuheiten|new arrivals)$/i;

// A menu entry that titles the products: "Products", "Unsere Produkte", "Products and Innovations".
const productsEntry = /^(?:our |unsere )?(?:products?|produkte?)(?: (?:and|&|und) [\p{L}-]+)?$/iu;

/**
 * Products named only in the site's menu: the entries of the submenu under a "Products" item. Each entry is a link
 * that names one product ("Greifer 360"); a submenu of more than twelve lists categories or features instead.
 */
export function menuProducts(doc: Document): string[] {
  const menus = Array.from(doc.querySelectorAll("nav, header")).slice(0, 6);
  for (const item of menus.flatMap((menu) => Array.from(menu.getElementsByTagName("li")).slice(0, 300))) {
    const label = item.firstElementChild;
    const text = label && label.localName !== "ul" ? shortText(label, 40) : undefined;
    if (!text || !productsEntry.test(text)) continue;
    const submenu = Array.from(item.children).find((child) => child.localName === "ul");
    const entries = Array.from(submenu?.children ?? []).flatMap((entry) =>
      entry.firstElementChild?.localName === "a" ? [entry.firstElementChild] : [],
    );
    if (entries.length < 1 || entries.length > 12) continue;
    const names = entries.map((entry) => shortText(entry, 60) ?? "").filter((name) => nameLike.test(name));
    if (names.length === entries.length) return unique(names.filter((name) => !menuService.test(name)));
  }
  return [];
}

function blockName(block: Element): string | undefined {
  const heading = block.querySelector(headings);
  const text = heading ? shortText(heading, 60) : undefined;
  if (!text || !nameLike.test(text) || text.split(/\s+/).length > 5) return undefined;
  return text;
}
