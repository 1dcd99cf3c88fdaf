import { isJobBoardUrl } from "./link-kinds";
import { classifyUrl } from "./links";
import { clean } from "./text";
import type { SiteJob } from "./types";
import { parseUrl } from "./url";

/** Jobs on a company's own careers page: job links titled by their heading, or job-titled headings. */

type PageJob = Omit<SiteJob, "seniority">;

const openingsHeading =
  /open (?:positions|roles|jobs)|current (?:openings|vacancies)|job openings|(?:offene|aktuelle|unsere|alle|freie) stellen|stellenangebote|we'?re hiring|wir stellen ein|join (?:our|the) team|karriere|careers|jobs/i;

/**
 * Generic job links are read only on careers pages and hosted job boards: elsewhere a
 * "/careers/…" link is navigation.
 */
export function isCareersPage(doc: Document, url: string): boolean {
  const parsed = parseUrl(url);
  const kind = parsed && classifyUrl(parsed);
  if (kind === "careers" || kind === "job-board") return true;
  return Array.from(doc.querySelectorAll("h1, h2")).some((heading) => openingsHeading.test(clean(heading.textContent)));
}

// Path segments under which a child page is one job ("/careers/react-developer", "/karriere/…").
const jobParent =
  /^(careers?|jobs?|karriere|stellenangebote|stellen|offene-stellen|positions|open-positions|vacancies|join-us)$/i;
const callToAction =
  /^(apply|apply now|bewerben|jetzt bewerben|more|mehr|more information|mehr erfahren|learn more|details|view|view job|ansehen|see all|alle|read more|weiterlesen|zur stelle|→)\b/i;

/** Job links on a company's own careers page, titled by their heading or their card's heading. */
export function careersPageJobs(doc: Document, url: string): PageJob[] {
  const base = parseUrl(url);
  if (!base) return [];
  const jobs: PageJob[] = [];
  for (const link of Array.from(doc.querySelectorAll("main a[href], body a[href]"))) {
    if (link.closest("nav, header, footer")) continue;
    const target = parseUrl(link.getAttribute("href") ?? "", base);
    if (!target || !isJobLink(target, base)) continue;
    const title = linkTitle(link);
    if (!title) continue;
    const card = link.closest("li, tr, article") ?? soleLinkBox(link);
    const location = clean(card.querySelector("[class*='location' i], [data-location]")?.textContent) || undefined;
    jobs.push({ title, department: groupHeading(link), location, url: target.href, source: "careers-page" });
  }
  // Headings alone count only on a page whose address says it is the careers page.
  return jobs.length || classifyUrl(base) !== "careers" ? jobs : headingJobs(doc);
}

// Words that make a heading a job title; gender markers ("(m/w/d)") are a sure sign in German ads.
const jobWords =
  /\((?:m|w|f|d|x|gn|all genders)(?:\s*[/|,]\s*(?:m|w|f|d|x))+\)|\b(engineer|developer|entwickler\w*|manager\w*|designer\w*|consultant|berater\w*|analyst|scientist|architect|specialist|spezialist\w*|intern|internship|praktik\w*|werkstudent\w*|trainee|azubi|ausbildung|sales|vertrieb\w*|account executive|recruiter|administrator|techniker\w*|ingenieur\w*|buchhalter\w*|sachbearbeiter\w*|kaufm\w*|referent\w*|assistenz|assistant|lead|head of|leiter\w*)\b/i;

/** Job ads without links (accordions, "apply by e-mail"): headings that read as job titles. */
function headingJobs(doc: Document): PageJob[] {
  return Array.from(doc.querySelectorAll("main h2, main h3, main h4, article h2, article h3, body h3"))
    .filter((heading) => !heading.closest("nav, header, footer"))
    .map((heading) => clean(heading.textContent))
    .filter((title) => isTitle(title) && title.length <= 90 && jobWords.test(title) && !openingsHeading.test(title))
    .map((title) => ({ title, source: "careers-page" as const }));
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
  if (isJobBoardUrl(target)) {
    return /\/(jobs?|j|o)\/[\w-]+|lever\.co\/[^/]+\/[\w-]{8,}|ashbyhq\.com\/[^/]+\/[\w-]{8,}|join\.com\/companies\/[^/]+\/\d+|smartrecruiters\.com\/[^/]+\/\d+/.test(
      target.href,
    );
  }
  if (target.hostname !== base.hostname) return false;
  const segments = target.pathname.split("/").filter(Boolean);
  const parent = segments.findIndex((segment) => jobParent.test(segment));
  const child = segments[parent + 1] ?? "";
  return parent >= 0 && child !== "" && !/^index\.\w+$/.test(child) && target.pathname !== base.pathname;
}

/** The largest box around a link (three levels up at most) that holds no other link: the job's card. */
function soleLinkBox(link: Element): Element {
  let box = link;
  for (let depth = 0, up = link.parentElement; up && depth < 3; depth++, up = up.parentElement) {
    if (up.querySelectorAll("a[href]").length > 1) break;
    box = up;
  }
  return box;
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
