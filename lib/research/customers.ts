import { caseStudyCustomers, logoFileName, wordmarks } from "./facts-customer-lists";
import { testimonialCustomers, testimonialHeading } from "./facts-testimonials";
import { legalEntity } from "./legal";
import { withPageMemo } from "./page-memo";
import { shortText } from "./short-text";
import { clean, joinedLines, textLines, unique } from "./text";

/** Named customers: logo walls under "Trusted by" / "Unsere Kunden" headings, and lists in prose. */

const sectionHeading =
  /trusted by|our customers|our clients|customers include|used by|loved by|companies (?:that )?(?:use|love|trust)|join (?:\d|thousands|teams)|(?:who|that) (?:trust|rely on) us|vertrauen (?:uns|auf)|uns vertrauen|vertraut von|setzen auf uns|unsere kunden|kunden wie|referenzen|ausgewählte kunden|in (?:guter|bester) gesellschaft/i;
// A heading that is only the word ("Kunden", "Clients") titles a customers section; in running text it is any word.
const customersTitle = /^(?:kunden|customers|clients|referenzkunden)$/i;
const headingTags = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const logoNoise =
  /\b(logo|logotype|icon|image|bild)\b|\.(png|jpe?g|svg|webp)$|^(customer|client|kunde|partner)\s*\d*$/gi;

export function extractCustomers(doc: Document): string[] {
  return withPageMemo(() => {
    const names: string[] = doc.body ? [...namedInProse(textLines(doc.body)), ...caseStudyCustomers(doc)] : [];
    for (const heading of Array.from(doc.querySelectorAll("h1, h2, h3, h4, h5, h6, p, span, strong, div"))) {
      // Builders set headings in plain divs with hashed classes: only a div of text alone can be one.
      if (heading.children.length > (heading.localName === "div" ? 0 : 2)) continue;
      const text = shortText(heading, 120);
      if (text === undefined || text.length > 120) continue;
      if (testimonialHeading.test(text)) names.push(...testimonialCustomers(heading));
      if (sectionHeading.test(text)) names.push(...sectionCustomers(heading));
      // A bare "Kunden" may title customer groups ("Privatkunden", "Behörden"): only a wall of logo files, or one
      // whose every image names a customer, counts under it.
      else if (headingTags.has(heading.localName) && customersTitle.test(text))
        names.push(...(fileLogos(heading) ?? plainFileLogos(heading) ?? altLogos(heading) ?? []));
    }
    return unique(names).slice(0, 50);
  });
}

/** The customers under a "Trusted by" heading: its logo wall, else logo files, wordmarks or registered names. */
function sectionCustomers(heading: Element): string[] {
  const wall = logoWall(heading);
  const named = wall ? logoNames(wall) : [];
  if (named.length >= 3) return named;
  // Pictures under "Referenzen" are as often the projects' photos, named by the project.
  const plain = /referenz|reference/i.test(shortText(heading, 120) ?? "") ? undefined : plainFileLogos(heading);
  return fileLogos(heading) ?? plain ?? (wall ? named : (wordmarks(heading) ?? namedCards(heading)));
}

const logoSelector = "img[alt], svg[aria-label], [role=img][aria-label]";

/**
 * The nearest element around the heading that holds three or more images: the heading's block
 * itself, else the block right after it (a heading above a slider), else the next larger block.
 */
function logoWall(heading: Element): Element | undefined {
  let node: Element | null = heading;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (node.querySelectorAll(logoSelector).length >= 3) return node;
    const next = node.nextElementSibling;
    if (next && next.querySelectorAll(logoSelector).length >= 3) return next;
  }
  return undefined;
}

function logoNames(wall: Element): string[] {
  return Array.from(wall.querySelectorAll(logoSelector))
    .map(
      (image) =>
        logoFileName(image) ??
        clean(fileWords(image.getAttribute("alt") ?? image.getAttribute("aria-label") ?? "").replace(logoNoise, " ")),
    )
    .map((name) => name.replace(/^[-–_\s]+|[-–_\s]+$/g, ""))
    .filter((name) => name.length >= 2 && name.length <= 60);
}

/**
 * A wall of logos given without alt text: three or more images whose files name a customer, near the heading. The
 * heading's own block comes first, then the two blocks after it (an intro may stand between), then larger blocks.
 */
function fileLogos(heading: Element): string[] | undefined {
  let node: Element | null = heading;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const next = node.nextElementSibling;
    for (const block of [node, next, next && !headingTags.has(next.localName) ? next.nextElementSibling : null]) {
      const images = block ? Array.from(block.querySelectorAll("img")).slice(0, 60) : [];
      const names = images.map((image) => logoFileName(image)).filter((name) => name !== undefined);
      if (names.length >= 3) return names;
    }
  }
  return undefined;
}

/**
 * A wall of uploads named by the customer alone ("/uploads/2024/05/kranwerk-1.svg"), next to the heading: three or
 * more images, every one of them named so (a photo or an arrow among them says it is no logo wall).
 */
function plainFileLogos(heading: Element): string[] | undefined {
  let node: Element | null = heading;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    for (const block of [node, node.nextElementSibling]) {
      const images = block ? Array.from(block.querySelectorAll("img")).slice(0, 41) : [];
      if (images.length < 3 || images.length > 40) continue;
      // A picture that links to a page of the site is a project's card ("/referenzen/kranwerk"), not a logo.
      if (images.some((image) => /^(?!https?:|\/\/)./.test(image.closest("a[href]")?.getAttribute("href") ?? "")))
        return undefined;
      const names = images.map((image) => logoFileName(image, true));
      // The same file again and again is a placeholder's, not a wall of customers.
      if (names.every((name) => name !== undefined) && new Set(names).size >= 3) return names as string[];
    }
  }
  return undefined;
}

/**
 * Logos with alt text under a heading that is only the word "Kunden": every image must name one, and a kind of
 * customer ("Behörden", "Privatkunden") names a group, not one.
 */
function altLogos(heading: Element): string[] | undefined {
  const wall = logoWall(heading);
  const images = wall ? Array.from(wall.querySelectorAll(logoSelector)).slice(0, 41) : [];
  if (images.length < 3 || images.length > 40) return undefined;
  const names = logoNames(wall as Element);
  return names.length === images.length && !names.some((name) => customerGroup.test(name)) ? names : undefined;
}

// Kinds of customers a "Kunden" section may picture instead of naming customers.
const customerGroup =
  /kunden|behörden|unternehmen|betriebe|verbände|vereine|kommunen|institutionen|organisationen|einrichtungen|praxen|kanzleien|händler|hersteller|industrie|handwerk|mittelstand|konzerne|start-?ups|privat|gewerb|öffentlich/i;

/**
 * Reference cards without logos: a grid after the heading whose cards each open with the customer's
 * registered name ("Hafenblick Wohnbau eG", "Kranwerk Systeme GmbH"). The legal form tells a company
 * from a person, a quote or a service title, so only such names count.
 */
function namedCards(heading: Element): string[] {
  let node: Element | null = heading;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const grid = node.nextElementSibling;
    if (!grid || grid.children.length < 2) continue;
    const names = Array.from(grid.children)
      .slice(0, 24)
      .map(cardName)
      .filter((name) => name !== undefined);
    if (names.length >= 2) return names;
  }
  return [];
}

function cardName(card: Element): string | undefined {
  // The name is the card's first line, before any description.
  const first = Array.from(card.querySelectorAll("h3, h4, h5, strong, b, p, div, span")).find(
    (element) => element.children.length === 0 && (shortText(element, 90)?.length ?? 0) >= 3,
  );
  const text = first ? shortText(first, 90) : undefined;
  if (!text) return undefined;
  const entity = legalEntity(text);
  return entity && entity.name.length >= text.length - 1 ? entity.name : undefined;
}

/** An alt text written as a file name ("Logo_Kranwerk", "holmsted-logo") in words. */
function fileWords(alt: string): string {
  return /\s/.test(alt.trim()) ? alt : alt.replace(/[_-]+/g, " ");
}

// A list runs to the end of its sentence; a full stop inside a name ("K.EX") does not end it.
const listTail = "\\s+((?:[^.!?;]|\\.(?=\\S)){3,200})";
const englishIntro =
  "(?:customers|clients)\\b[^.!?:]{0,30}?\\b(?:such as|like|include|including)|(?:companies|brands|teams|organi[sz]ations)\\b[^.!?:]{0,30}?\\b(?:rely on|use|trust|love|choose|work with)\\b[^.!?:]{0,30}?\\b(?:including|like|such as)|our (?:customers|clients)\\s*(?:include\\b|:)|(?:trusted|used) by (?:teams at|companies like|companies such as|brands like|leaders at)";
const germanIntro =
  "kunden\\b[^.!?:]{0,30}?\\b(?:wie|darunter|u\\.\\s?a\\.)|unsere kunden\\s*:|(?:unternehmen|marken)\\b[^.!?:]{0,30}?\\b(?:vertrauen|setzen|nutzen)\\b[^.!?:]{0,40}?\\b(?:darunter|wie|u\\.\\s?a\\.)";
// Customers named in prose: "customers include A, B and C", "Kunden wie A, B und C", "Unsere Kunden: A, B".
const proseLists = [
  { intro: new RegExp(`\\b(?:${englishIntro})${listTail}`, "giu"), german: false },
  { intro: new RegExp(`\\b(?:${germanIntro})${listTail}`, "giu"), german: true },
];
// One search of the whole text says whether there is any such list (`g` searches would move lastIndex).
const anyProseList = new RegExp(`\\b(?:${englishIntro}|${germanIntro})`, "iu");
// A name: up to four capitalised words ("Kranwerk Group", "K.EX", "N42"), after an article ("die Nordlicht Bahn").
// A brand may open in lower case before a capital ("eBrisk", "iPoint").
const leadingName =
  /^(?:(?:the|die|der|das)\s+)?((?:[\p{Lu}0-9]|\p{Ll}{1,2}\p{Lu})[\p{L}\d&.'’+-]*(?:\s[\p{Lu}0-9&][\p{L}\d&.'’+-]*){0,3})/u;
// "customers include companies like A, B": the kind of customer before the names is no name.
// So is the kind after an article: "Kunden zählen u. a. die Unternehmen A, B".
const kindBefore =
  /^(?:(?:companies|brands|teams|organi[sz]ations|firms|businesses|unternehmen|firmen|marken)\s+(?:like|such as|including|wie)|(?:the|die)\s+(?:companies|brands|firms|unternehmen|firmen|marken))\s+/i;
const notBrand = /^(?:many|more|others|thousands|viele|weitere|andere|tausende)\b/i;
// German capitalises every noun: one word with a plural ending is a kind of customer ("Kanzleien"), not one.
const germanNoun = /^\p{Lu}\p{Ll}+(?:en|er|e|ien|ungen|innen|ten|ler)$/u;
// Among brands ("Bosch, Osram, Unilever") such a word is a brand too, unless it names a kind ("Stadtwerke").
const customerKind =
  /(?:kunden|behörden|unternehmen|betriebe|verbände|vereine|kommunen|gemeinden|städte|institutionen|organisationen|einrichtungen|praxen|kanzleien|händler|hersteller|handwerker|mittelständler|konzerne|werke|ämter|kammern|kliniken|schulen|universitäten|banken|sparkassen|versicherungen|agenturen|ärzte|anwälte|berater|architekten|stiftungen|genossenschaften|verwaltungen|dienstleister|zulieferer|makler|hotels|startups)$/i;

/** Customers named in a sentence, two at least (a single name is as often a comparison). */
function namedInProse(lines: readonly string[]): string[] {
  const text = joinedLines(lines);
  if (!anyProseList.test(text)) return [];
  const names: string[] = [];
  for (const { intro, german } of proseLists) {
    for (const match of text.matchAll(intro)) {
      const list = (match[1] ?? "")
        .replace(kindBefore, "")
        .replace(/\s+(?:and|und)\s+(?:many |viele )?(?:more|others|weitere|andere)\b.*$/i, "");
      const parts = list
        .split(/\s*,\s*(?:and\s+|und\s+)?|\s+(?:and|und)\s+/)
        .map((part) => leadingName.exec(clean(part))?.[1] ?? "")
        .filter((name) => name.length >= 2 && name.length <= 40 && !notBrand.test(name));
      const brands = parts.filter((name) => !german || !germanNoun.test(name));
      const found = brands.length >= 2 ? parts.filter((name) => !german || !customerKind.test(name)) : brands;
      if (found.length >= 2) names.push(...found);
    }
  }
  return names;
}
