import { type BoardJob, href, isWorkplace, metaFacts, partTexts, text } from "./board-meta";
import { clean } from "./text";
import { parseUrl } from "./url";

/**
 * Hosted boards read by their server-rendered markup: Teamtailor, SmartRecruiters and softgarden.
 * Each reader notes the layout it covers; a board in another layout gives nothing here and is read
 * as a careers page.
 */

/**
 * Teamtailor (*.teamtailor.com and career sites on its own domains): `#jobs_list_container > li`,
 * a link whose title span carries the title, then a line of spans "Department · Place · Hybrid"
 * (the department and the way of working are each optional). The grid layout prints the same cards
 * as `li.block-grid-item` tiles, not always in that list.
 */
export function teamtailor(doc: Document, url: string): BoardJob[] {
  const list = doc.getElementById("jobs_list_container");
  return list ? Array.from(list.children).flatMap((item) => teamtailorCard(item, url)) : [];
}

/** Teamtailor's grid of job tiles: read only where its title spans mark the tiles as its own. */
export function teamtailorGrid(doc: Document, url: string): BoardJob[] {
  return Array.from(doc.querySelectorAll("li.block-grid-item"))
    .filter((item) => item.querySelector(".company-link-style, .text-block-base-link"))
    .flatMap((item) => teamtailorCard(item, url));
}

function teamtailorCard(item: Element, url: string): BoardJob[] {
  const link = item.querySelector("a[href]");
  const titled = link?.querySelector("[title]");
  const title = clean(titled?.getAttribute("title")) || clean((titled ?? link)?.textContent);
  if (!link || !title || title.length > 150) return [];
  const meta = item.querySelector(".mt-1, [class*='text-md']") ?? link.nextElementSibling;
  // The way of working is a span with an icon ("Hybrid" beside a wifi sign), or named so.
  const spans = Array.from(meta?.children ?? []);
  const marked = spans.filter((span) => span.querySelector("svg") || isWorkplace(clean(span.textContent)));
  const workplace = partTexts(marked)[0];
  const { location, employmentType, others } = metaFacts(partTexts(spans.filter((span) => !marked.includes(span))));
  // With two facts besides the way of working, the first is the department and the second the place.
  const department = others.length ? location : undefined;
  return [
    {
      title,
      department,
      location:
        (others.length ? others[0] : location) ?? (workplace && /remote/i.test(workplace) ? "Remote" : undefined),
      employmentType,
      url: href(link, url),
      source: "teamtailor" as const,
    },
  ];
}

/**
 * SmartRecruiters (jobs.smartrecruiters.com/<Company>): `li.opening-job` cards with an `h4.job-title`
 * and a details list (`ul.job-list > li.job-desc`, or `p.details-desc > span`: place, then
 * department or employment type), in sections headed by their group's name (a place, or a
 * department).
 */
export function smartRecruiters(doc: Document, url: string): BoardJob[] {
  return Array.from(doc.querySelectorAll(".opening-job")).flatMap((item) => {
    const link = item.querySelector("a[href]");
    const title = text(item, ".job-title, h4, h3") ?? clean(link?.textContent);
    if (!link || !title || title.length > 150) return [];
    const details = item.querySelector(".job-list, .details-desc, .desc-items");
    const parts = details?.children.length
      ? partTexts(details.children)
      : partTexts(details ? [details] : item.querySelectorAll(".job-desc"));
    const workplace = parts.find(isWorkplace);
    const facts = parts.filter((part) => !isWorkplace(part) && !careerLevel.test(part));
    const { location, employmentType, others } = metaFacts(facts);
    const group = item.closest(".openings-section, section");
    const groupTitle = group ? text(group, ".opening-title")?.replace(/,(\s*,)+/g, ",") : undefined;
    // A group titled "City, Country", or by the jobs' own place, is a place; else, beside a place, a department.
    const groupPlace =
      groupTitle && (groupTitle.includes(",") || location?.toLowerCase().includes(groupTitle.toLowerCase()));
    return [
      {
        title,
        department: others[0] ?? (groupTitle && !groupPlace && location ? groupTitle : undefined),
        location:
          location ??
          (groupPlace ? groupTitle : undefined) ??
          (workplace && /remote/i.test(workplace) ? "Remote" : undefined),
        employmentType,
        url: href(link, url),
        source: "smartrecruiters" as const,
      },
    ];
  });
}

// SmartRecruiters' experience levels, which a card may print alone in its details line.
const careerLevel = /^(?:entry level|associate|mid-senior level|director|executive|not applicable)$/i;

/**
 * softgarden (*.softgarden.io): `div.matchElement` rows of `matchValue` cells named by their field:
 * `title` (the link), `ProjectGeoLocationCity` (one item per place), `jobcategory`, `date`.
 */
export function softgarden(doc: Document, url: string): BoardJob[] {
  return Array.from(doc.querySelectorAll(".matchElement")).flatMap((row) => {
    const link = row.querySelector(".title a[href], a[href*='/job/']");
    const title = clean(link?.textContent);
    if (!link || !title || title.length > 150) return [];
    const places = partTexts(row.querySelectorAll(".ProjectGeoLocationCity .location-view-item"));
    return [
      {
        title,
        department: text(row, ".jobcategory"),
        location: places.join(", ") || text(row, ".ProjectGeoLocationCity") || text(row, ".matchValue.location"),
        datePosted: shortDate(text(row, ".matchValue.date")),
        url: href(link, url),
        source: "softgarden" as const,
      },
    ];
  });
}

/**
 * A row's date as softgarden prints it: "04.07.26" or "04.07.2026" day first on German lists,
 * "07/04/2026" month first (the US order) on English ones; as "2026-07-04".
 */
function shortDate(value: string | undefined): string | undefined {
  const match = value?.match(/^(\d{1,2})([./])(\d{1,2})\2(\d{2}|\d{4})$/);
  if (!match) return undefined;
  const [, first = "", separator, second = "", year = ""] = match;
  const [day, month] = separator === "/" ? [second, first] : [first, second];
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return undefined;
  return `${year.length === 2 ? `20${year}` : year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/**
 * Factorial (*.factorialhr.com, its `/embed/jobs` list and career sites on their own domains):
 * `li.job-offer-item` rows carrying their ad's address in `data-job-postings-url`, the title in a
 * `.factorial__headingFontFamily` block, then grey blocks for the team and the way of working;
 * rows grouped by office under an `h3`.
 */
export function factorial(doc: Document, url: string): BoardJob[] {
  return Array.from(doc.querySelectorAll("li.job-offer-item")).flatMap((item) => {
    const title = text(item, ".factorial__headingFontFamily");
    if (!title || title.length > 150) return [];
    const facts = partTexts(item.querySelectorAll(".text-gray-350"));
    const workplace = facts.find(isWorkplace);
    const office = item.closest("[data-target*='officeGroup']");
    const address = item.getAttribute("data-job-postings-url") ?? item.querySelector("a[href]")?.getAttribute("href");
    return [
      {
        title,
        department: facts.find((fact) => !isWorkplace(fact)),
        location: (office && text(office, "h3, h2")) ?? (workplace && /remote/i.test(workplace) ? "Remote" : undefined),
        employmentType: factorialContract(item.getAttribute("data-contract-type")),
        url: address ? parseUrl(address, url)?.href : undefined,
        source: "careers-page" as const,
      },
    ];
  });
}

// Factorial's contract codes worth telling; an open-ended contract ("indefinite") is the rule.
const factorialContracts: Record<string, string> = {
  intern: "Internship",
  internship: "Internship",
  temporary: "Temporary",
  freelance: "Freelance",
};

function factorialContract(code: string | null): string | undefined {
  return code ? factorialContracts[code] : undefined;
}

/**
 * HiBob (*.careers.hibob.com), as its page stands once rendered: `b-virtual-scroll-list-item` rows of a
 * `b-heading` title, a line "Department · Place · Contract · Way of working" and the date it was posted.
 */
export function hibob(doc: Document, url: string): BoardJob[] {
  return Array.from(doc.querySelectorAll("b-virtual-scroll-list-item")).flatMap((item) => {
    const title = text(item, "b-heading");
    if (!title || title.length > 150) return [];
    const line = Array.from(item.children).find((child) => child.localName !== "b-heading");
    const parts = clean(line?.textContent)
      .split(/\s*·\s*/)
      .filter(Boolean);
    // The way of working closes the line; a place may be "Remote" as well.
    const workplace = parts.length > 1 && isWorkplace(parts.at(-1) ?? "") ? parts.pop() : undefined;
    const { location, employmentType, others } = metaFacts(parts);
    // With two facts besides the contract, the first is the department and the second the place.
    return [
      {
        title,
        department: others.length ? location : undefined,
        location:
          (others.length ? others[0] : location) ?? (workplace && /remote/i.test(workplace) ? "Remote" : undefined),
        employmentType,
        url: href(item.querySelector("a[href]"), url),
        source: "careers-page" as const,
      },
    ];
  });
}
