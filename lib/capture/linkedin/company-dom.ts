import { firstText, textOf } from "../dom";
import { type CompanyPage, elementsLabelled, isForeign, labelKey, type StrategyResult } from "./company-page";
import { cleanText, countBefore, parseYear, splitList } from "./company-parse";
import {
  companyCountWords,
  companyHeadings,
  companyLabels,
  companySelectors,
  type LabelledField,
  sizeBandPattern,
} from "./company-selectors";

/**
 * Label → value pairs of the about card: `<dt>`/`<dd>` on 2022-2025 and public pages,
 * a heading or label followed by its value in the 2026 layout.
 */
export function companyFromLabels(page: CompanyPage): StrategyResult {
  const values = (field: LabelledField, accept?: (text: string) => boolean) => labelledValues(page, field, accept);
  const size = values("sizeBand", (text) => /\d/.test(text));
  return {
    strategy: "dom-labels",
    fields: {
      website: websiteOf(values("website", (text) => websiteOf(text) !== undefined)[0]),
      industry: values("industry")[0],
      sizeBand: size.map((text) => sizeBandPattern.exec(text)?.[0]).find(Boolean) ?? size[0],
      employeesOnLinkedIn: size.map((text) => countBefore(text, companyCountWords.employeesOnLinkedIn)).find(isNumber),
      headquarters: values("headquarters")[0],
      founded: parseYear(values("founded", (text) => parseYear(text) !== undefined)[0]),
      specialties: splitList(values("specialties")[0]),
      type: values("type")[0],
      description: descriptionOf(page),
    },
  };
}

/** The top card: name, tagline, industry and the "8K followers · 51-200 employees" line. */
export function companyFromTopCard(page: CompanyPage): StrategyResult {
  const found = nameHeading(page);
  const card = found ? topCardOf(found.heading) : undefined;
  if (!found || !card) return { strategy: "dom-top-card", fields: {} };
  const text = textOf(card) ?? "";
  // The 2026 layout has no classes to go by: read its info line and the text under the name instead.
  const infoLine = found.layout === "2026" ? infoLineOf(card) : undefined;
  return {
    strategy: "dom-top-card",
    fields: {
      name: textOf(found.heading),
      tagline: firstText(card, companySelectors.tagline) ?? taglineAfter(found, infoLine),
      industry: firstText(card, companySelectors.industry) ?? industryOf(infoLine),
      followers: countBefore(text, companyCountWords.followers),
      sizeBand: sizeBandPattern.exec(text)?.[0],
    },
  };
}

/**
 * The top card's place ("Mountain View, CA"; "Software Development · Leipzig, Saxony · 2K
 * followers" in the 2026 layout): the headquarters' city, shown on every tab. Runs after the
 * labelled about card, whose "Headquarters" value wins where both exist.
 */
export function companyFromTopCardPlace(page: CompanyPage): StrategyResult {
  const found = nameHeading(page);
  const card = found ? topCardOf(found.heading) : undefined;
  if (!found || !card) return { strategy: "dom-top-card", fields: {} };
  if (found.layout === "2026") return { strategy: "dom-top-card", fields: { headquarters: placeOf(infoLineOf(card)) } };
  const industry = firstText(card, companySelectors.industry);
  const places = companySelectors.place.flatMap((selector) =>
    Array.from(card.querySelectorAll(selector)).map((item) => textOf(item)),
  );
  // Counts ("8K followers", "51-200 employees") carry digits; a city does not.
  const place = places.find((text) => text && text !== industry && text.length <= 100 && !/\d/.test(text));
  return { strategy: "dom-top-card", fields: { headquarters: place } };
}

/** Last resort for the name: the page title ("(3) Nordlicht Analytics: About | LinkedIn"). */
export function companyFromTitle(page: CompanyPage): StrategyResult {
  return { strategy: "dom-title", fields: { name: titleName(page.doc) } };
}

/** The first <title> is the current one when in-app navigation stacks them. */
function titleName(doc: Document): string | undefined {
  const title = cleanText(doc.querySelector("title")?.textContent);
  // Only "<name> | LinkedIn" names a page; a bare "LinkedIn" title names nothing.
  const match = title ? /^(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*LinkedIn$/i.exec(title) : null;
  const tabs = new Set(companyHeadings.tabNames.map((tab) => tab.toLowerCase()));
  const parts = match?.[1]?.split(/:\s*/) ?? [];
  const tab = parts.length > 1 ? parts[parts.length - 1]?.toLowerCase() : undefined;
  const name = (tab && tabs.has(tab) ? parts.slice(0, -1) : parts).join(": ").trim();
  return name || undefined;
}

/** Office addresses from the "Locations" card. */
export function companyFromLocations(page: CompanyPage): StrategyResult {
  const [heading] = elementsLabelled(page, companyHeadings.locations, companySelectors.headings);
  const card = heading?.closest("section") ?? heading?.parentElement ?? undefined;
  const nodes = companySelectors.locations
    .flatMap((selector) => Array.from((card ?? page.main).querySelectorAll(selector)))
    .filter((node) => !isForeign(page, node));
  // The heading itself is never foreign (the label index skips those cards).
  const texts = nodes.length ? nodes.map(addressText) : card ? plainLines(card) : [];
  const locations = texts.filter((text): text is string => !!text);
  return { strategy: "dom-locations", fields: { locations: locations.length ? [...new Set(locations)] : undefined } };
}

/** 2026 layout: no address hooks, so every short paragraph of the card that is not a label or link text. */
function plainLines(card: Element): string[] {
  const noise = new Set(
    [...companyHeadings.locations, ...companyHeadings.locationNoise].map((word) => word.toLowerCase()),
  );
  return Array.from(card.querySelectorAll("p"))
    .filter((line) => line.childElementCount === 0)
    .map((line) => textOf(line))
    .filter((text): text is string => !!text && text.length <= 200 && !noise.has(labelKey(text)));
}

/** Values of the first label of the field whose first value looks right (a "Website" button is no website). */
function labelledValues(page: CompanyPage, field: LabelledField, accept?: (text: string) => boolean): string[] {
  for (const label of elementsLabelled(page, companyLabels[field])) {
    const values = valuesAfter(label);
    if (values[0] && (!accept || accept(values[0]))) return values;
  }
  return [];
}

/**
 * A `<dt>` owns the `<dd>`s up to the next `<dt>`; any other label owns the next element
 * with text, or the rest of its own line ("<p><strong>Industry</strong> Software</p>").
 */
function valuesAfter(label: Element): string[] {
  const term = label.closest("dt");
  if (term) {
    const values: string[] = [];
    for (let node = term.nextElementSibling; node && node.tagName !== "DT"; node = node.nextElementSibling) {
      const text = textOf(node);
      if (text) values.push(text);
    }
    return values;
  }
  const labelText = textOf(label) ?? "";
  let node: Element | null = label;
  for (let depth = 0; depth < 3 && node; depth++, node = node.parentElement) {
    const next = node.nextElementSibling;
    const text = next ? textOf(next.querySelector("p") ?? next) : undefined;
    if (text) return [text];
    const line = node.parentElement ? textOf(node.parentElement) : undefined;
    const rest =
      line && line.length <= 300
        ? line
            .replace(labelText, "")
            .replace(/^[\s:]+/, "")
            .trim()
        : undefined;
    if (rest) return [rest];
  }
  return [];
}

function descriptionOf(page: CompanyPage): string | undefined {
  const direct = firstText(page.main, companySelectors.description);
  if (direct) return direct;
  const label = elementsLabelled(page, companyLabels.description, companySelectors.headings)[0];
  return label ? valuesAfter(label)[0] : undefined;
}

interface NameHeading {
  heading: Element;
  layout: "classic" | "2026";
}

function nameHeading(page: CompanyPage): NameHeading | undefined {
  for (const selector of companySelectors.name) {
    const heading = page.doc.querySelector(selector);
    if (heading && textOf(heading)) return { heading, layout: "classic" };
  }
  const notNames = new Set(companyHeadings.notNames.map((word) => word.toLowerCase()));
  for (const selector of companySelectors.nameHeading2026) {
    const heading = page.main.querySelector(selector);
    const name = textOf(heading);
    if (!heading || !name || notNames.has(labelKey(name)) || isForeign(page, heading)) continue;
    if (corroborated(page, name)) return { heading, layout: "2026" };
  }
  return undefined;
}

/** A bare heading could be an error message: the 2026 name must also appear in a follow button, logo or title. */
function corroborated(page: CompanyPage, name: string): boolean {
  const echoes = new Set(companySelectors.nameEchoes2026.map((echo) => echo.replace("NAME", name)));
  for (const node of Array.from(page.main.querySelectorAll("[aria-label], img[alt]"))) {
    if (echoes.has(node.getAttribute("aria-label") ?? "") || echoes.has(node.getAttribute("alt") ?? "")) return true;
  }
  return titleName(page.doc) === name;
}

function topCardOf(heading: Element): Element | undefined {
  for (const selector of companySelectors.topCard) {
    const card = heading.closest(selector);
    if (card) return card;
  }
  return heading.parentElement?.parentElement ?? undefined;
}

/** Public address blocks hold one line per `<p>`: join them like one postal address. */
function addressText(node: Element): string | undefined {
  const lines = Array.from(node.querySelectorAll("p"))
    .map((line) => textOf(line))
    .filter(Boolean);
  return lines.length ? lines.join(", ") : textOf(node);
}

/** The 2026 top card has no classes to go by: its info line is the short text with the follower count. */
function infoLineOf(card: Element): Element | undefined {
  const words = companyCountWords.followers.map((word) => word.toLowerCase());
  const lines = Array.from(card.querySelectorAll("p, div, span")).filter((node) => {
    if (node.childElementCount > 6 || (node.textContent?.length ?? 0) > 400) return false;
    const text = textOf(node)?.toLowerCase() ?? "";
    return text.includes("·") && words.some((word) => text.includes(word));
  });
  // Wrappers match too: the innermost (shortest) element is the line itself.
  return lines.sort((a, b) => (a.textContent?.length ?? 0) - (b.textContent?.length ?? 0))[0];
}

/** "Software Development · Berlin · 2K followers": the industry is the first part without a number. */
function industryOf(infoLine: Element | undefined): string | undefined {
  const words = wordParts(infoLine);
  return words.length >= 2 ? words[0] : undefined;
}

/** …and the place the second, when the line has one. */
function placeOf(infoLine: Element | undefined): string | undefined {
  const place = wordParts(infoLine)[1];
  return place && place.length <= 100 ? place : undefined;
}

function wordParts(infoLine: Element | undefined): string[] {
  const parts = (textOf(infoLine) ?? "").split("·").map((part) => part.trim());
  return parts.filter((part) => part && !/\d/.test(part));
}

/** 2026 layout: the slogan is the short text right after the name, unless that is the info line. */
function taglineAfter(found: NameHeading, infoLine: Element | undefined): string | undefined {
  if (found.layout !== "2026") return undefined;
  const next = found.heading.nextElementSibling ?? found.heading.parentElement?.nextElementSibling;
  if (!next || next.childElementCount > 1 || next === infoLine || next.contains(infoLine ?? null)) return undefined;
  const text = textOf(next);
  return text && text.length <= 300 && !text.includes("·") ? text : undefined;
}

/** The address itself: the dd may add a hidden "External link" note; text without a domain is no website. */
function websiteOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return /(?:https?:\/\/|www\.)\S+/i.exec(text)?.[0] ?? /^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/.exec(text)?.[0];
}

function isNumber(value: number | undefined): value is number {
  return value !== undefined;
}
