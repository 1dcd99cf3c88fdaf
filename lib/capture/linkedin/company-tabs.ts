import { textOf } from "../dom";
import {
  type CompanyPage,
  elementsLabelled,
  isForeign,
  mainText,
  type StrategyResult,
  sectionOf,
} from "./company-page";
import { countBefore } from "./company-parse";
import {
  companyCountWords,
  companyHeadings,
  companySelectors,
  openJobsPatterns,
  viewAllEmployeesPatterns,
} from "./company-selectors";
import { parseCount } from "./parse";

/** Jobs tab (and overview teasers): the stated number of openings and the posted titles. */
export function companyFromJobs(page: CompanyPage): StrategyResult {
  const titles = jobTitles(page);
  const stated = firstMatchCount(mainText(page), openJobsPatterns);
  // Without a stated total, the cards shown are a lower bound.
  const openJobs = stated ?? (titles.length ? titles.length : undefined);
  return { strategy: "dom-jobs", fields: { openJobs, jobTitles: titles.length ? titles : undefined } };
}

/** People tab: members on LinkedIn and the "What they do" counts per department. */
export function companyFromPeople(page: CompanyPage): StrategyResult {
  const text = mainText(page);
  const employees =
    countBefore(text, companyCountWords.employeesOnLinkedIn) ?? firstMatchCount(text, viewAllEmployeesPatterns);
  return {
    strategy: "dom-people",
    fields: { employeesOnLinkedIn: employees, departmentCounts: departmentCounts(page) },
  };
}

function jobTitles(page: CompanyPage): string[] {
  const titles = new Set<string>();
  for (const selector of companySelectors.jobLinks) {
    for (const link of Array.from(page.main.querySelectorAll(selector))) {
      if (isForeign(page, link)) continue;
      const title = jobTitleOf(link);
      if (title) titles.add(title);
    }
  }
  return [...titles];
}

/** A job card link holds title, company and place: the first heading-like child is the title. */
function jobTitleOf(link: Element): string | undefined {
  const heading = Array.from(link.querySelectorAll("h3, h4, strong")).find((node) => textOf(node));
  const text = textOf(heading) ?? link.getAttribute("aria-label")?.trim() ?? textOf(link);
  return text && text.length <= 150 ? text.replace(/\s+with verification$/i, "") : undefined;
}

/** A count, then a department without digits: a wrapper of several items never matches. */
const countedItem = /^(\d[\d.,]*\s?(?:K|Tsd\.?)?)\s+([^\d]{1,80})$/i;

/** Items of the "What they do" card read "1,234 Engineering" (count first, then department). */
function departmentCounts(page: CompanyPage): Record<string, number> | undefined {
  const [heading] = elementsLabelled(page, companyHeadings.whatTheyDo, companySelectors.headings);
  const card = heading ? sectionOf(heading, (container) => countedItems(container).length >= 2) : undefined;
  if (!card) return undefined;
  const counts = Object.fromEntries(countedItems(card));
  return Object.keys(counts).length ? counts : undefined;
}

function countedItems(container: Element): [string, number][] {
  const items: [string, number][] = [];
  for (const node of Array.from(container.querySelectorAll("button, li, a, [role='button'], div, span"))) {
    if (node.childElementCount > 3) continue;
    const match = countedItem.exec(textOf(node) ?? "");
    const count = match?.[1] ? parseCount(match[1]) : undefined;
    const department = match?.[2]?.trim();
    if (department && count !== undefined && !items.some(([name]) => name === department)) {
      items.push([department, count]);
    }
  }
  return items;
}

function firstMatchCount(text: string, patterns: readonly RegExp[]): number | undefined {
  for (const pattern of patterns) {
    const shown = pattern.exec(text)?.[1];
    const count = shown ? parseCount(shown) : undefined;
    if (count !== undefined) return count;
  }
  return undefined;
}
