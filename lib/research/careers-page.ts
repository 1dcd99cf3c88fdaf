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
  /^(apply|apply now|bewerben|jetzt bewerben|more|mehr|more information|mehr erfahren|learn more|details|view|view job|ansehen|see all|alle|read more|weiterlesen|zur stelle|→)\b|initiativbewerbung|unsolicited application|open application|speculative application/i;
// A job embedded from a hosted board on the careers page itself ("/careers?gh_jid=4012345").
const jobQuery = /[?&](gh_jid|jobid|job_id|jid)=\w/i;

// Words that make a title a job's; gender markers ("(m/w/d)") are a sure sign in German ads.
const genderMarker = /\((?:m|w|f|d|x|gn|all genders)(?:\s*[/|,]\s*(?:m|w|f|d|x))+\)/i;
const jobWords = new RegExp(
  String.raw`${genderMarker.source}|\b(engineer|developer|entwickler\w*|manager\w*|designer\w*|consultant|berater\w*|analyst|scientist|architect|technician|coordinator|representative|mechaniker\w*|elektroniker\w*|monteur\w*|fachkraft|specialist|spezialist\w*|intern|internship|praktik\w*|werkstudent\w*|trainee|azubi|ausbildung|sales|vertrieb\w*|account executive|recruiter|administrator|techniker\w*|ingenieur\w*|buchhalter\w*|sachbearbeiter\w*|kaufm\w*|referent\w*|assistenz|assistant|lead|head of|leiter\w*)\b`,
  "i",
);

type LinkJob = PageJob & { fromCard: boolean };

/** Job links on a company's own careers page, titled by their heading or their card's heading. */
export function careersPageJobs(doc: Document, url: string): PageJob[] {
  const base = parseUrl(url);
  if (!base) return [];
  const jobs: LinkJob[] = [];
  for (const link of Array.from(doc.querySelectorAll("main a[href], body a[href]"))) {
    if (link.closest("nav, header, footer")) continue;
    const target = parseUrl(link.getAttribute("href") ?? "", base);
    // A link titled as a job ad ("… (m/w/d)") is one wherever it leads: a PDF, a form.
    if (!target || !(isJobLink(target, base) || genderMarker.test(link.textContent ?? ""))) continue;
    const titled = linkTitle(link);
    if (!titled) continue;
    const card = link.closest("li, tr, article") ?? soleLinkBox(link);
    const location = clean(card.querySelector("[class*='location' i], [data-location]")?.textContent) || undefined;
    const department = groupHeading(linkList(link));
    jobs.push({ ...titled, department, location, url: target.href, source: "careers-page" });
  }
  // Headings alone count only on a page whose address says it is the careers page.
  if (!jobs.length) return classifyUrl(base) === "careers" ? headingJobs(doc) : [];
  return withoutSideLinks(jobs).map(({ fromCard, ...job }) => job);
}

/**
 * Links to the careers page's own sections ("Benefits", "Students", "Our culture") lead elsewhere
 * than the ads: a link whose title does not read as a job is dropped unless its address has the
 * shape of a job title's link ("/jobs/talent-partner" beside "/jobs/devops-engineer"). A link
 * titled by its card ("Apply" beside the title link) repeats that card's job.
 */
function withoutSideLinks(jobs: readonly LinkJob[]): LinkJob[] {
  const jobShapes = new Set(jobs.filter((job) => jobWords.test(job.title)).map((job) => shapeOf(job.url)));
  const titles = new Set(jobs.filter((job) => !job.fromCard).map((job) => job.title.toLowerCase()));
  return jobs.filter(
    (job) =>
      (!jobShapes.size || jobWords.test(job.title) || jobShapes.has(shapeOf(job.url))) &&
      !(job.fromCard && titles.has(job.title.toLowerCase())),
  );
}

/** "https://x.example/careers/jobs/dev" → "x.example careers 3": host, first folder and depth. */
function shapeOf(url: string | undefined): string {
  const parsed = parseUrl(url ?? "");
  const segments = parsed?.pathname.split("/").filter(Boolean) ?? [];
  return parsed ? `${parsed.hostname} ${segments[0] ?? ""} ${segments.length}` : "";
}

// Headings of the page's sections rather than of one job: "Ausbildung bei uns", "Warum wir?", "Unsere Benefits".
const sectionWords =
  /\?$|\b(?:bei uns|mit zukunft|warum|why|unsere?|our|your|deine?|ihre?|was wir|what we|für (?:dich|sie|schüler|studenten|studierende|praktikanten))\b/i;
const applyLabel = /^(?:apply|apply now|bewerben|jetzt bewerben|hier bewerben|online bewerben)\b/i;

/**
 * Job ads without links (accordions, "apply by e-mail"): headings, summaries and accordion buttons
 * that read as job titles: headings by their words, and any of them by a gender marker or as the
 * title of an ad with an apply button (the words of a summary or a button are a filter or a
 * question as often).
 */
function headingJobs(doc: Document): PageJob[] {
  const applied = adTitles(doc);
  const titled = Array.from(doc.querySelectorAll(`${adTitleSelector}, button`)).flatMap((node) => {
    const title = node.closest("nav, header, footer") ? "" : clean(node.textContent);
    const ok = isTitle(title) && title.length <= 90 && !openingsHeading.test(title) && !sectionWords.test(title);
    if (!ok) return [];
    const sure = genderMarker.test(title) || applied.has(node);
    return sure || (node.matches(wordedHeadings) && jobWords.test(title)) ? [title] : [];
  });
  return [...new Set(titled)].map((title) => ({ title, source: "careers-page" as const }));
}

const adTitleSelector = "h2, h3, h4, h5, summary, button[aria-expanded]";
// Headings whose words alone make them a job (elsewhere the words are a section's).
const wordedHeadings = "main h2, main h3, main h4, article h2, article h3, body h3";

/** The titles of ads with an apply button ("Jetzt bewerben" under "Konditor"). */
function adTitles(doc: Document): Set<Element> {
  const titles = new Set<Element>();
  for (const control of Array.from(doc.querySelectorAll("a, button"))) {
    if (!isApplyButton(control) || control.closest("nav, header, footer")) continue;
    const title = adTitleOf(control);
    if (title) titles.add(title);
  }
  return titles;
}

function isApplyButton(node: Element): boolean {
  return node.matches("a, button") && applyLabel.test(clean(node.textContent));
}

/**
 * The title of the ad an apply button closes: of the headings before it, back to the previous ad,
 * the first of the highest rank ("Ihre Aufgaben" is below the ad's title; a summary or an
 * accordion button heads its ad). Headings beside the page's h1 or after its "Open positions"
 * heading belong to the page, not to one ad.
 */
function adTitleOf(control: Element): Element | undefined {
  const headings: Element[] = [];
  for (let box: Element | null = control, depth = 0; box && depth < 4; box = box.parentElement, depth++) {
    const { found, last } = headingsBefore(box);
    headings.push(...found);
    if (last) break;
  }
  return headings.length
    ? headings.reduce((best, heading) => (rank(heading) < rank(best) ? heading : best))
    : undefined;
}

/**
 * The headings before a box back to the previous ad, nearest first; the last ones to look at when
 * the page's "Open positions" heading is among them, none when the page's h1 is.
 */
function headingsBefore(box: Element): { found: Element[]; last: boolean } {
  const found: Element[] = [];
  for (let sibling = box.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (isApplyButton(sibling) || Array.from(sibling.querySelectorAll("a, button")).some(isApplyButton)) break;
    if (sibling.matches("h1") || sibling.querySelector("h1")) return { found: [], last: true };
    const headings = sibling.matches(adTitleSelector)
      ? [sibling]
      : Array.from(sibling.querySelectorAll(adTitleSelector)).reverse();
    const ending = headings.findIndex((heading) => openingsHeading.test(clean(heading.textContent)));
    if (ending >= 0) return { found: [...found, ...headings.slice(0, ending)], last: true };
    found.push(...headings);
  }
  return { found, last: false };
}

function rank(heading: Element): number {
  return /^h\d$/.test(heading.localName) ? Number(heading.localName[1]) : 1;
}

/** The box that holds this job link and its siblings: the closest ancestor with another link. */
function linkList(link: Element): Element | undefined {
  let list = link.parentElement;
  while (list && list.querySelectorAll("a[href]").length < 2) list = list.parentElement;
  return list ?? undefined;
}

/** The heading just before the list that holds this job ("Engineering" above its jobs), if it is not the page's "Open positions". */
function groupHeading(list: Element | undefined): string | undefined {
  const heading = list?.previousElementSibling;
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
  if (jobQuery.test(target.search)) return true;
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

/**
 * A job link's title: its heading; in a link whose blocks hold team, title and place, the block
 * that reads as a job; its title element or first block; else, for "More information" buttons,
 * the heading of the card around it.
 */
function linkTitle(link: Element): { title: string; fromCard: boolean } | undefined {
  const heading = clean(link.querySelector("h1, h2, h3, h4, h5, h6")?.textContent);
  if (isTitle(heading)) return { title: heading, fromCard: false };
  const blocks = blockTexts(link).filter((text) => isTitle(text) && text.length <= 80);
  const named =
    (blocks.length > 1 ? blocks.find((text) => jobWords.test(text)) : undefined) ??
    clean(
      link.querySelector("dt, strong, [class*='title' i], [class*='font-semibold'], [class*='font-bold']")?.textContent,
    );
  if (isTitle(named)) return { title: named, fromCard: false };
  const own = blocks.length > 1 ? blocks[0] : clean(link.textContent);
  if (own && isTitle(own) && own.length <= 80) return { title: own, fromCard: false };
  let card = link.parentElement;
  for (let depth = 0; card && depth < 3; depth++, card = card.parentElement) {
    if (card.querySelectorAll("a[href]").length > 2) break;
    const cardHeading = clean(card.querySelector("h2, h3, h4, h5")?.textContent);
    if (isTitle(cardHeading) && !openingsHeading.test(cardHeading)) return { title: cardHeading, fromCard: true };
  }
  return undefined;
}

/** The texts of a link's child elements (under a sole wrapper): its title, team and place when set apart. */
function blockTexts(link: Element): string[] {
  let box = link;
  while (box.children.length === 1 && box.firstElementChild) box = box.firstElementChild;
  return Array.from(box.children)
    .map((child) => clean(child.textContent))
    .filter(Boolean);
}

function isTitle(text: string): boolean {
  return text.length >= 3 && text.length <= 120 && !callToAction.test(text);
}
