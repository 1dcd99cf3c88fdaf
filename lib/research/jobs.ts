import { greenhouse2024, greenhouseClassic, lever, personio } from "./job-boards";
import { asObjects, ldDate, ldLocality, ldObjects, ldText, ldTexts } from "./jsonld";
import { isJobBoardUrl } from "./link-kinds";
import { classifyUrl } from "./links";
import { seniorityOf } from "./seniority";
import { clean } from "./text";
import type { SiteJob } from "./types";
import { parseUrl } from "./url";

/** Open positions on a page: JSON-LD first, then the board's own markup, then a generic careers page. */
export function extractJobs(doc: Document, url: string): SiteJob[] {
  const host = parseUrl(url)?.hostname ?? "";
  const jobs = [...jsonLdJobs(doc, url), ...boardJobs(doc, url, host)];
  const found = jobs.length || !isCareersPage(doc, url) ? jobs : careersPageJobs(doc, url);
  return dedupe(found.map((job) => ({ ...job, seniority: seniorityOf(job.title) })));
}

function boardJobs(doc: Document, url: string, host: string): Omit<SiteJob, "seniority">[] {
  if (/greenhouse\.io$/.test(host)) return [...greenhouseClassic(doc, url), ...greenhouse2024(doc, url)];
  if (/lever\.co$/.test(host)) return lever(doc, url);
  if (/personio\.(de|com)$/.test(host)) return personio(doc, url);
  return [];
}

function jsonLdJobs(doc: Document, url: string): Omit<SiteJob, "seniority">[] {
  return ldObjects(doc)
    .filter((object) => ldTexts(object["@type"]).includes("JobPosting"))
    .flatMap((posting) => {
      const title = ldText(posting.title) ?? ldText(posting.name);
      if (!title) return [];
      const remote = ldText(posting.jobLocationType) === "TELECOMMUTE" ? "Remote" : undefined;
      const organization = asObjects(posting.hiringOrganization)[0];
      return [
        {
          title,
          department:
            ldText(posting.department) ?? ldText(organization?.department) ?? ldText(posting.occupationalCategory),
          location: ldLocality(posting.jobLocation) ?? remote,
          url: ldText(posting.url) ?? url,
          employmentType: ldTexts(posting.employmentType).join(", ") || undefined,
          datePosted: ldDate(posting.datePosted),
          source: "json-ld" as const,
        },
      ];
    });
}

const openingsHeading =
  /open (?:positions|roles|jobs)|current (?:openings|vacancies)|job openings|offene stellen|stellenangebote|aktuelle stellen|we'?re hiring|wir stellen ein|join (?:our|the) team|karriere|careers|jobs/i;

/** Generic job links are read only on careers pages: elsewhere a "/careers/…" link is navigation. */
function isCareersPage(doc: Document, url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed && classifyUrl(parsed) === "careers") return true;
  return Array.from(doc.querySelectorAll("h1, h2")).some((heading) => openingsHeading.test(clean(heading.textContent)));
}

// Path segments under which a child page is one job ("/careers/react-developer", "/karriere/…").
const jobParent =
  /^(careers?|jobs?|karriere|stellenangebote|stellen|offene-stellen|positions|open-positions|vacancies|join-us)$/i;
const callToAction =
  /^(apply|apply now|bewerben|jetzt bewerben|more|mehr|more information|mehr erfahren|learn more|details|view|view job|ansehen|see all|alle|read more|weiterlesen|zur stelle|→)\b/i;

/** Job links on a company's own careers page, titled by their heading or their card's heading. */
function careersPageJobs(doc: Document, url: string): Omit<SiteJob, "seniority">[] {
  const base = parseUrl(url);
  if (!base) return [];
  const jobs: Omit<SiteJob, "seniority">[] = [];
  for (const link of Array.from(doc.querySelectorAll("main a[href], body a[href]"))) {
    if (link.closest("nav, header, footer")) continue;
    const target = parseUrl(link.getAttribute("href") ?? "", base);
    if (!target || !isJobLink(target, base)) continue;
    const title = linkTitle(link);
    if (!title) continue;
    const card = link.closest("li, tr, article") ?? link;
    const location = clean(card.querySelector("[class*='location' i], [data-location]")?.textContent) || undefined;
    jobs.push({ title, department: groupHeading(link), location, url: target.href, source: "careers-page" });
  }
  return jobs;
}

/** The heading just before the list that holds this job ("Engineering" above its jobs), if it is not the page's "Open positions". */
function groupHeading(link: Element): string | undefined {
  let group = link.parentElement;
  while (group && group.querySelectorAll("a[href]").length < 2) group = group.parentElement;
  const heading = group?.previousElementSibling;
  const text = clean(heading?.textContent);
  if (!heading?.matches("h2, h3, h4") || openingsHeading.test(text) || text.length > 60) return undefined;
  return text;
}

function isJobLink(target: URL, base: URL): boolean {
  if (isJobBoardUrl(target))
    return /\/(jobs?|j|o)\/[\w-]+|lever\.co\/[^/]+\/[\w-]{8,}|ashbyhq\.com\/[^/]+\/[\w-]{8,}/.test(target.href);
  if (target.hostname !== base.hostname) return false;
  const segments = target.pathname.split("/").filter(Boolean);
  const parent = segments.findIndex((segment) => jobParent.test(segment));
  const child = segments[parent + 1] ?? "";
  return parent >= 0 && child !== "" && !/^index\.\w+$/.test(child) && target.pathname !== base.pathname;
}

function linkTitle(link: Element): string | undefined {
  const heading = clean(link.querySelector("h1, h2, h3, h4, h5, h6, dt, strong, [class*='title' i]")?.textContent);
  if (isTitle(heading)) return heading;
  const own = clean(link.textContent);
  if (isTitle(own) && own.length <= 80) return own;
  // "More information" buttons: the card around the link holds the title.
  let card = link.parentElement;
  for (let depth = 0; card && depth < 3; depth++, card = card.parentElement) {
    if (card.querySelectorAll("a[href]").length > 2) break;
    const cardHeading = clean(card.querySelector("h1, h2, h3, h4, h5")?.textContent);
    if (isTitle(cardHeading)) return cardHeading;
  }
  return undefined;
}

function isTitle(text: string): boolean {
  return text.length >= 3 && text.length <= 120 && !callToAction.test(text);
}

function dedupe(jobs: SiteJob[]): SiteJob[] {
  const seen = new Set<string>();
  return jobs.filter((job) => {
    const key = `${job.title.toLowerCase()}|${(job.location ?? "").toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
