import type { CompanyFields } from "../../model";
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
  const values = (field: LabelledField) => labelledValues(page, field);
  const size = values("sizeBand");
  return {
    strategy: "dom-labels",
    fields: {
      website: values("website")[0],
      industry: values("industry")[0],
      sizeBand: size.map((text) => sizeBandPattern.exec(text)?.[0]).find(Boolean) ?? size[0],
      employeesOnLinkedIn: size.map((text) => countBefore(text, companyCountWords.employeesOnLinkedIn)).find(isNumber),
      headquarters: values("headquarters")[0],
      founded: parseYear(values("founded")[0]),
      specialties: splitList(values("specialties")[0]),
      type: values("type")[0],
      description: descriptionOf(page),
    },
  };
}

/** The top card: name, tagline, industry and the "8K followers · 51-200 employees" line. */
export function companyFromTopCard(page: CompanyPage): StrategyResult {
  const heading = nameHeading(page);
  const card = heading ? topCardOf(heading) : undefined;
  const text = textOf(card) ?? "";
  return {
    strategy: "dom-top-card",
    fields: {
      name: textOf(heading),
      tagline: card ? firstText(card, companySelectors.tagline) : undefined,
      industry: card ? firstText(card, companySelectors.industry) : undefined,
      followers: countBefore(text, companyCountWords.followers),
      sizeBand: sizeBandPattern.exec(text)?.[0],
    },
  };
}

/** Last resort for the name: the page title ("(3) Nordlicht Analytics: About | LinkedIn"). */
export function companyFromTitle(page: CompanyPage): StrategyResult {
  const title = cleanText(page.doc.querySelector("title")?.textContent);
  const name = title
    ?.replace(/^\(\d+\+?\)\s*/, "")
    .replace(/\s*\|\s*LinkedIn\s*$/i, "")
    .replace(/:\s*[^:]{1,30}$/, "")
    .trim();
  return { strategy: "dom-title", fields: { name: name || undefined } };
}

/** Office addresses from the "Locations" card. */
export function companyFromLocations(page: CompanyPage): StrategyResult {
  const [heading] = elementsLabelled(page, companyHeadings.locations, companySelectors.headings);
  const card = heading?.closest("section") ?? heading?.parentElement ?? page.main;
  const nodes = companySelectors.locations.flatMap((selector) => Array.from(card.querySelectorAll(selector)));
  const locations = nodes
    .filter((node) => !isForeign(page, node))
    .map((node) => addressText(node))
    .filter((text): text is string => !!text);
  return { strategy: "dom-locations", fields: { locations: locations.length ? [...new Set(locations)] : undefined } };
}

function labelledValues(page: CompanyPage, field: LabelledField): string[] {
  for (const label of elementsLabelled(page, companyLabels[field])) {
    const values = valuesAfter(label);
    if (values.length) return values;
  }
  return [];
}

/** A `<dt>` owns the `<dd>`s up to the next `<dt>`; any other label owns the next element with text. */
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
  let node: Element | null = label;
  for (let depth = 0; depth < 3 && node; depth++, node = node.parentElement) {
    const next = node.nextElementSibling;
    const text = next ? textOf(next.querySelector("p") ?? next) : undefined;
    if (text) return [text];
  }
  return [];
}

function descriptionOf(page: CompanyPage): string | undefined {
  const direct = firstText(page.main, companySelectors.description);
  if (direct) return direct;
  const label = elementsLabelled(page, companyLabels.description, companySelectors.headings)[0];
  return label ? valuesAfter(label)[0] : undefined;
}

function nameHeading(page: CompanyPage): Element | undefined {
  for (const selector of companySelectors.name) {
    const node = page.doc.querySelector(selector);
    if (textOf(node)) return node ?? undefined;
  }
  const notNames = new Set(companyHeadings.notNames.map((word) => word.toLowerCase()));
  for (const selector of companySelectors.nameHeading2026) {
    const node = page.main.querySelector(selector);
    if (node && textOf(node) && !notNames.has(labelKey(textOf(node))) && !isForeign(page, node)) return node;
  }
  return undefined;
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

function isNumber(value: number | undefined): value is number {
  return value !== undefined;
}
