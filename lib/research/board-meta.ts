import { clean } from "./text";
import type { SiteJob } from "./types";
import { parseUrl } from "./url";

/** A job as a board reader finds it: its seniority is read from the title afterwards. */
export type BoardJob = Omit<SiteJob, "seniority">;

/** The cleaned text of the first element under `root` matching `selector`. */
export function text(root: ParentNode, selector: string): string | undefined {
  return clean(root.querySelector(selector)?.textContent) || undefined;
}

/** A link's target as an absolute address. */
export function href(link: Element | null, base: string): string | undefined {
  const value = link?.getAttribute("href");
  return value ? parseUrl(value, base)?.href : undefined;
}

/**
 * The short facts a hosted board prints under a job's title ("Berlin · Vollzeit", "Sales · Lisbon ·
 * Hybrid"): which are employment types, which the way of working, which places.
 */

// Employment types and schedules, German and English ("Vollzeit", "Part-time", "Werkstudent:in").
const employmentWords =
  /\b(?:voll-?zeit|teil-?zeit|full[- ]?time|part[- ]?time|werkstudent(?:in|innen|\/-?in|:in|\*in)?|werkstudium|working student|pflichtpraktikum|praktikum|internship|intern|festanstellung|festangestellte?r?|permanent|unbefristet|befristet|fixed[- ]term|temporary|freelance|freelancer|freiberuflich|minijob|mini-job|aushilfe|ausbildung|duales studium|abschlussarbeit|thesis|trainee|contractor|contract|saisonal|seasonal|geringfügig)\b/i;

// The way of working, which a board prints beside the place ("Hybrid", "Fully remote", "Vor Ort").
const workplaceWords =
  /^(?:hybrid|hybride|remote|fully remote|full remote|partly remote|temporarily remote|vollständig remote|teilweise remote|homeoffice|on-?site|in office|vor ort|präsenz|mobiles arbeiten)$/i;

/** Whether a meta part names an employment type or schedule rather than a place. */
export function isEmploymentType(part: string): boolean {
  return part.length <= 60 && employmentWords.test(part);
}

export function isWorkplace(part: string): boolean {
  return workplaceWords.test(part);
}

export type MetaFacts = { location?: string; employmentType?: string; others: string[] };

/** Employment types joined; the first other part is the place, the rest is kept for the reader. */
export function metaFacts(parts: readonly string[]): MetaFacts {
  const types = parts.filter(isEmploymentType);
  const places = parts.filter((part) => !isEmploymentType(part));
  return {
    location: places[0],
    employmentType: types.length ? types.join(", ") : undefined,
    others: places.slice(1),
  };
}

/** The cleaned, non-empty texts of some elements, without the separator dots around them. */
export function partTexts(elements: Iterable<Element>): string[] {
  return Array.from(elements, (element) => clean(element.textContent).replace(/^[·•|,–\s-]+|[·•|,–\s-]+$/g, "")).filter(
    (text) => text.length > 0,
  );
}

/**
 * Departments of a board that groups its jobs under headings ("Engineering" over its list): the
 * heading before each job's list, or first in its box. Read only when the jobs stand in two or more
 * lists, so that a board's one list under "Open positions" or the company's name gives none.
 * `links` are the jobs' links in document order.
 */
export function groupDepartments(links: readonly Element[], skip: RegExp): Map<Element, string> {
  const lists = links.map((link, index) => listOf(link, links[index - 1], links[index + 1]));
  const found = new Map<Element, string>();
  if (new Set(lists).size < 2) return found;
  links.forEach((link, index) => {
    const list = lists[index];
    const heading = list && (kept(groupHeading(list), skip) ?? kept(groupHeading(childHolding(list, link)), skip));
    if (heading) found.set(link, heading);
  });
  return found;
}

function kept(heading: string | undefined, skip: RegExp): string | undefined {
  return heading && !skip.test(heading) ? heading : undefined;
}

/** The child of a box that holds a link: a lone job's own group within the board. */
function childHolding(box: Element, link: Element): Element {
  let child = link;
  while (child.parentElement && child.parentElement !== box) child = child.parentElement;
  return child;
}

/** A job's list: the closest box it shares with the job before or after it. */
function listOf(link: Element, before: Element | undefined, after: Element | undefined): Element | undefined {
  const withBefore = before && sharedBox(link, before);
  const withAfter = after && sharedBox(link, after);
  if (!withBefore || !withAfter) return withBefore ?? withAfter;
  return withBefore.contains(withAfter) ? withAfter : withBefore;
}

function sharedBox(one: Element, other: Element): Element | undefined {
  let box = one.parentElement;
  while (box && !box.contains(other)) box = box.parentElement;
  return box ?? undefined;
}

/** The heading just before a list, or heading it as its first child. */
function groupHeading(list: Element): string | undefined {
  for (const candidate of [list.previousElementSibling, list.firstElementChild]) {
    if (!candidate || candidate.localName === "a" || candidate.querySelector("a")) continue;
    const heading = candidate.matches("h2, h3, h4, h5") ? candidate : candidate.querySelector("h2, h3, h4");
    const text = clean(heading?.textContent);
    if (heading && text.length >= 2 && text.length <= 60) return text;
  }
  return undefined;
}
