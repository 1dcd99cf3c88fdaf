import { withPageMemo } from "./page-memo";
import { shortText } from "./short-text";
import { clean, unique } from "./text";

/** Named customers: logo walls under "Trusted by" / "Unsere Kunden" headings. */

const sectionHeading =
  /trusted by|our customers|our clients|customers include|used by|loved by|companies (?:that )?(?:use|love|trust)|join (?:\d|thousands|teams)|vertrauen (?:uns|auf)|unsere kunden|kunden wie|referenzen|ausgewählte kunden|in guter gesellschaft/i;
const logoNoise =
  /\b(logo|logotype|icon|image|bild)\b|\.(png|jpe?g|svg|webp)$|^(customer|client|kunde|partner)\s*\d*$/gi;

export function extractCustomers(doc: Document): string[] {
  return withPageMemo(() => {
    const names: string[] = [];
    for (const heading of Array.from(doc.querySelectorAll("h1, h2, h3, h4, h5, h6, p, span, strong"))) {
      if (heading.children.length > 2) continue;
      const text = shortText(heading, 120);
      if (text === undefined || text.length > 120 || !sectionHeading.test(text)) continue;
      names.push(...logoNames(logoWall(heading)));
    }
    return unique(names).slice(0, 50);
  });
}

/** The nearest ancestor of the heading that holds three or more images. */
function logoWall(heading: Element): Element | undefined {
  let node: Element | null = heading;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (node.querySelectorAll("img[alt], svg[aria-label], [role=img][aria-label]").length >= 3) return node;
  }
  return undefined;
}

function logoNames(wall: Element | undefined): string[] {
  if (!wall) return [];
  return Array.from(wall.querySelectorAll("img[alt], svg[aria-label], [role=img][aria-label]"))
    .map((image) =>
      clean((image.getAttribute("alt") ?? image.getAttribute("aria-label") ?? "").replace(logoNoise, " ")),
    )
    .map((name) => name.replace(/^[-–_\s]+|[-–_\s]+$/g, ""))
    .filter((name) => name.length >= 2 && name.length <= 60);
}
