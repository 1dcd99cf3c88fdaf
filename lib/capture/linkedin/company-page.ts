import type { CompanyFields } from "../../model";
import { textOf } from "../dom";
import { companyHeadings, companySelectors } from "./company-selectors";

/** The tab of a company page the user is on. */
export type CompanyTab = "overview" | "about" | "jobs" | "people" | "life" | "posts";

/** What every strategy needs to know about the page, worked out once. */
export interface CompanyPage {
  doc: Document;
  linkedinUrl: string;
  /** Lower-case, decoded slug or numeric id from the address bar. */
  slug: string;
  tab: CompanyTab;
  /** The main column, or the body when a layout has no <main>. */
  main: ParentNode;
  /** Containers that describe other companies (similar pages, affiliated pages). */
  foreign: readonly Element[];
}

/** The fields one strategy found; each strategy names itself for provenance. */
export interface StrategyResult {
  strategy: string;
  fields: Partial<CompanyFields>;
}

export function companyPage(doc: Document, linkedinUrl: string, url: string): CompanyPage {
  const slug = decodeURIComponent(/\/company\/([^/]+)\//.exec(linkedinUrl)?.[1] ?? "");
  const tab = /\/company\/[^/]+\/(about|jobs|people|life|posts)\b/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  const main = doc.querySelector("main") ?? doc.body ?? doc;
  return {
    doc,
    linkedinUrl,
    slug,
    tab: (tab as CompanyTab | undefined) ?? "overview",
    main,
    foreign: foreignRoots(doc),
  };
}

const mainTexts = new WeakMap<CompanyPage, string>();

/** Whitespace-collapsed text of the main column, read once per page (it is the costliest read). */
export function mainText(page: CompanyPage): string {
  let text = mainTexts.get(page);
  if (text === undefined) {
    // A block's text is one contiguous run of its ancestor's text: cut out other companies' blocks.
    text = page.foreign.reduce((rest, root) => rest.replace(root.textContent ?? "", " "), page.main.textContent ?? "");
    text = text.replace(/\s+/g, " ");
    mainTexts.set(page, text);
  }
  return text;
}

/** True when the node sits in a block about another company. */
export function isForeign(page: CompanyPage, node: Element): boolean {
  return page.foreign.some((root) => root.contains(node));
}

/** Lower-case text without a trailing colon or count in brackets: "Locations (3)" → "locations". */
export function labelKey(text: string | undefined): string {
  return (text ?? "")
    .replace(/\s*\(\d[\d.,]*\)\s*$/, "")
    .replace(/:\s*$/, "")
    .trim()
    .toLowerCase();
}

/** Short-text elements whose whole text is one of the words: labels and headings as visible text. */
export function elementsLabelled(
  page: CompanyPage,
  words: readonly string[],
  selector: string = companySelectors.labelCandidates,
): Element[] {
  const index = labelIndex(page, selector);
  return words.flatMap((word) => index.get(word.toLowerCase()) ?? []);
}

/** Keyed by the page object of one extraction: the same <main> is reused across SPA navigations. */
const labelIndexes = new WeakMap<CompanyPage, Map<string, Map<string, Element[]>>>();

/** One pass over the candidates per page and selector, shared by every label lookup. */
function labelIndex(page: CompanyPage, selector: string): Map<string, Element[]> {
  const bySelector = labelIndexes.get(page) ?? new Map<string, Map<string, Element[]>>();
  labelIndexes.set(page, bySelector);
  const cached = bySelector.get(selector);
  if (cached) return cached;
  const index = new Map<string, Element[]>();
  for (const node of Array.from(page.main.querySelectorAll(selector))) {
    // Raw text carries indentation; the limit only skips whole cards quickly.
    if (node.childElementCount > (node.tagName === "DIV" ? 0 : 3) || (node.textContent?.length ?? 0) > 400) continue;
    const key = labelKey(textOf(node));
    if (!key || key.length > 60 || isForeign(page, node)) continue;
    const list = index.get(key);
    if (list) list.push(node);
    else index.set(key, [node]);
  }
  bySelector.set(selector, index);
  return index;
}

/** The card a heading introduces: climbs until the container holds more than the heading. */
export function sectionOf(heading: Element, wanted?: (container: Element) => boolean): Element | undefined {
  let container: Element | null = heading;
  for (let depth = 0; depth < 5 && container; depth++) {
    container = container.parentElement;
    if (!container) return undefined;
    const longer = (container.textContent?.length ?? 0) > (heading.textContent?.length ?? 0) + 10;
    if (longer && (!wanted || wanted(container))) return container;
  }
  return undefined;
}

function foreignRoots(doc: Document): Element[] {
  const roots = companySelectors.foreign.flatMap((selector) => Array.from(doc.querySelectorAll(selector)));
  const words = new Set(companyHeadings.foreign.map((word) => word.toLowerCase()));
  for (const heading of Array.from(doc.querySelectorAll(companySelectors.headings))) {
    if ((heading.textContent?.length ?? 0) > 300 || !words.has(labelKey(textOf(heading)))) continue;
    const section = heading.closest("section");
    // A section that wraps the whole column (or the name) is no card of its own.
    const card = section && !section.querySelector("main, h1") ? section : sectionOf(heading);
    if (card) roots.push(card);
  }
  return roots;
}
