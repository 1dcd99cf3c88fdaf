import { groupDepartments } from "./board-meta";
import { headedTableJobs } from "./board-tables";
import { brokenLines, cardFacts, cardTwins, careersNavigation } from "./careers-cards";
import { headingJobs, rank } from "./careers-headings";
import {
  applyLabel,
  carriesSlug,
  hasAdMarker,
  isPageChrome,
  isTitle,
  jobWords,
  listingHeading,
  openApplication,
  openingsHeading,
  sectionWords,
  withoutDocumentLabel,
} from "./careers-words";
import { holdsElements } from "./holds-elements";
import { ownPosting } from "./job-posting-page";
import { isJobBoardUrl } from "./link-kinds";
import { classifyUrl } from "./links";
import { clean } from "./text";
import type { SiteJob } from "./types";
import { parseUrl } from "./url";

/** Jobs on a company's own careers page: job links titled by their heading, or job-titled headings. */

type PageJob = Omit<SiteJob, "seniority">;

/**
 * Generic job links are read only on careers pages and hosted job boards: elsewhere a
 * "/careers/…" link is navigation.
 */
export function isCareersPage(doc: Document, url: string): boolean {
  const parsed = parseUrl(url);
  const kind = parsed && classifyUrl(parsed);
  if (kind === "careers" || kind === "job-board") return true;
  if (parsed && (careersHost.test(parsed.hostname) || careersFile.test(parsed.pathname))) return true;
  return Array.from(doc.querySelectorAll("h1, h2")).some((heading) => openingsHeading.test(clean(heading.textContent)));
}

// A company's own careers site on a host of its own ("jobs.example.de", "karriere.example.com").
const careersHost = /^(?:jobs|karriere|careers?|stellen|stellenangebote)\./i;
// A careers page served by a web framework's handler ("/Careers.action", "/karriere.aspx").
const careersFile = /\/(?:careers?|jobs|karriere|stellenangebote)\.(?:action|aspx?|jsp|cfm|do)$/i;

// Path segments under which a child page is one job ("/careers/react-developer", "/karriere/…",
// a site builder's collection "/job-posts/…").
const jobParent =
  /^(careers?|jobs?|karriere|stellenangebote|stellenanzeigen|stellen|offene-stellen|jobangebote|positions|open-positions|open-roles|roles|openings|job-openings|job-posts|career-posts|vacancies|vacatures|join-us)$/i;
// A job embedded from a hosted board on the careers page itself ("/careers?gh_jid=4012345").
const jobQuery = /[?&](gh_jid|jobid|job_id|jid|(?:selected)?position|vacancy(?:no|id)?|stellen?id)=\w/i;

type LinkJob = PageJob & { fromCard: boolean; sure: boolean; link: Element };

/** Job links on a company's own careers page, titled by their heading or their card's heading. */
export function careersPageJobs(doc: Document, url: string): PageJob[] {
  const base = parseUrl(url);
  if (!base) return [];
  const jobs: LinkJob[] = [];
  const links = contentLinks(doc).map((entry) => ({ ...entry, marked: hasAdMarker(clean(entry.link.textContent)) }));
  const twins = cardTwins(links.filter((entry) => entry.marked).map((entry) => entry.link));
  for (const { link, listed, marked: titledAsAd } of links) {
    const target = parseUrl(link.getAttribute("href") ?? "", base);
    if (!target) continue;
    // A link titled as a job ad ("… (m/w/d)", "…/-in") is one wherever it leads: a PDF, a form;
    // and so is the same card beside it.
    const marked = titledAsAd || twins.has(link);
    if (!(marked || isJobLink(target, base) || (listed && isPage(target, base)))) continue;
    // A link to a board's ad is titled by the ad however long its title ("Case Manager – Rapid Rehousing for …").
    const titled = linkTitle(link, isJobBoardUrl(target) && isJobAddress(target) ? 120 : 80);
    // Under "Open positions" a link is an ad when its title reads as one or its address carries it,
    // or when it is the apply button of its card ("Jetzt bewerben" under the card's title).
    const applies =
      Boolean(titled?.fromCard) && applyLabel.test(clean(link.textContent)) && !sectionWords.test(titled?.title ?? "");
    const sure = marked || (listed && Boolean(titled) && (applies || listedAd(titled?.title ?? "", target)));
    if (!titled || (!sure && (!isJobLink(target, base) || careersNavigation(link)))) continue;
    // An item or article holding many links is the list itself (every ad in one <article>), not a card.
    const item = link.closest("li, tr, article");
    const card = item && !holdsLinks(item, 4) ? item : soleLinkBox(link);
    const facts = cardFacts(card, link, titled.title);
    const department = facts.department ?? groupHeading(linkList(link));
    const { location, employmentType } = facts;
    // A link to a place on this page ("#apply") is no address of the ad's own; one naming its ad in its query is.
    const address = isPage(target, base) || jobQuery.test(target.search) ? target.href : undefined;
    jobs.push({ ...titled, sure, link, department, location, employmentType, url: address, source: "careers-page" });
  }
  // Ads grouped in boxes headed by their department ("Engineering" first in its box).
  const departments = groupDepartments(
    jobs.map((job) => job.link),
    openingsHeading,
  );
  // An ad's own page is titled by its h1, beside the other ads it links to.
  const own = isJobAddress(base) ? ownPosting(doc, url, isJobBoardUrl(base)) : undefined;
  const linked = onePerAddress(withoutSideLinks(jobs)).map(({ fromCard, sure, link, ...job }) => ({
    ...job,
    department: job.department ?? departments.get(link),
  }));
  if (own || linked.length) return [...(own ? [own] : []), ...linked];
  // Tables and headings alone count only on a page whose address says it is the careers page.
  if (classifyUrl(base) !== "careers") return [];
  const tabled = headedTableJobs(doc);
  return tabled.length ? tabled : headingJobs(doc);
}

/**
 * The page's links outside its chrome, each marked when it stands in the box of a heading of the
 * ads themselves ("Open positions") rather than of another section. Headings and links are taken
 * in one query, in document order; a heading inside a link titles that link, not a section.
 */
function contentLinks(doc: Document): { link: Element; listed: boolean }[] {
  const found: { link: Element; listed: boolean }[] = [];
  let list: { rank: number; box: Element } | undefined;
  for (const node of Array.from(doc.querySelectorAll("h1, h2, h3, h4, h5, h6, a[href]"))) {
    if (isPageChrome(node)) continue;
    if (node.localName === "a") {
      found.push({ link: node, listed: Boolean(list?.box.contains(node)) });
      continue;
    }
    if (node.closest("a")) continue;
    const text = clean(node.textContent);
    if (text.length <= 60 && listingHeading.test(text)) list = { rank: rank(node), box: headingBox(node) };
    else if (list && rank(node) <= list.rank) list = undefined;
  }
  return found;
}

/** The box a heading heads: its closest ancestor that holds links (the list of ads under it). */
function headingBox(heading: Element): Element {
  let box = heading.parentElement ?? heading;
  for (let depth = 0; depth < 5 && box.parentElement && !box.querySelector("a[href]"); depth++) box = box.parentElement;
  return box;
}

/** An ad's title among the links under "Open positions": job words, or its own slug in its address. */
function listedAd(title: string, target: URL): boolean {
  if (title.length > 80 || sectionWords.test(title)) return false;
  return jobWords.test(title) || hasAdMarker(title) || carriesSlug(target, title);
}

/** A web page other than this one (not a mail address, not an anchor on this page). */
function isPage(target: URL, base: URL): boolean {
  return /^https?:$/.test(target.protocol) && (target.hostname !== base.hostname || target.pathname !== base.pathname);
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
      (!jobShapes.size || job.sure || jobWords.test(job.title) || jobShapes.has(shapeOf(job.url))) &&
      !(job.fromCard && titles.has(job.title.toLowerCase())),
  );
}

/**
 * Several links to one ad (a table row linking its place, title and experience alike) are one
 * job, titled by the link that reads most as a title: an ad's marker, job words, then the longest.
 * Links titled by their cards keep their cards' titles (one application form for several ads).
 */
function onePerAddress(jobs: readonly LinkJob[]): LinkJob[] {
  const best = new Map<string, LinkJob>();
  for (const job of jobs) {
    if (job.fromCard || !job.url) continue;
    const held = best.get(job.url);
    if (!held || titleScore(job.title) > titleScore(held.title)) best.set(job.url, job);
  }
  return jobs.filter((job) => job.fromCard || !job.url || best.get(job.url) === job);
}

function titleScore(title: string): number {
  return (hasAdMarker(title) ? 2000 : 0) + (jobWords.test(title) ? 1000 : 0) + Math.min(title.length, 999);
}

/**
 * "https://x.example/careers/jobs/dev" → "x.example careers@0 3": host, the folder of the ads (else
 * the first folder) with its place, and depth; "/<ad>/job/<id>" ads share "job@1" whatever their slugs.
 */
function shapeOf(url: string | undefined): string {
  const parsed = parseUrl(url ?? "");
  const segments = parsed?.pathname.split("/").filter(Boolean) ?? [];
  const parent = segments.findIndex((segment) => jobParent.test(segment));
  const folder = parent >= 0 ? `${segments[parent]}@${parent}` : (segments[0] ?? "");
  return parsed ? `${parsed.hostname} ${folder} ${segments.length}` : "";
}

/** The box that holds this job link and its siblings: the closest ancestor with another link. */
function linkList(link: Element): Element | undefined {
  let list = link.parentElement;
  while (list && !holdsLinks(list, 2)) list = list.parentElement;
  return list ?? undefined;
}

/** Whether a box holds at least `count` links (anchors with an address). */
function holdsLinks(box: Element, count: number): boolean {
  return holdsElements(box, "a", count, (anchor) => anchor.hasAttribute("href"));
}

/** The heading just before the list that holds this job ("Engineering" above its jobs), if it is not the page's "Open positions". */
function groupHeading(list: Element | undefined): string | undefined {
  const heading = list?.previousElementSibling;
  const text = clean(heading?.textContent);
  if (!heading?.matches("h2, h3, h4") || openingsHeading.test(text) || text.length > 60) return undefined;
  return text;
}

function isJobLink(target: URL, base: URL): boolean {
  if (isJobBoardUrl(target)) return isJobAddress(target);
  if (target.hostname !== base.hostname) return false;
  return isJobAddress(target) && (target.pathname !== base.pathname || target.search !== base.search);
}

/** Whether an address is one ad's own: a board's job path, "?gh_jid=…", or a page under "/careers/". */
function isJobAddress(target: URL): boolean {
  if (isJobBoardUrl(target)) return boardJobPath.test(target.href);
  if (jobQuery.test(target.search)) return true;
  const segments = target.pathname.split("/").filter(Boolean);
  const parent = segments.findIndex((segment) => jobParent.test(segment));
  const child = segments[parent + 1] ?? "";
  return parent >= 0 && child !== "" && !/^index\.\w+$/.test(child);
}

// A board's ad: "/jobs/…" and the like, or each board's own shape of it (Factorial's "/job_posting/…",
// Pinpoint's "/postings/…", Dover's "/apply/<company>/<id>", Homerun's "/<ad>" under the tenant's host,
// Concludis' "/prj/shw/…").
const boardJobPath =
  /\/(jobs?|j|o|job_posting|postings)\/[\w-]+|concludis\.de\/prj\/shw\/|lever\.co\/[^/]+\/[\w-]{8,}|ashbyhq\.com\/[^/]+\/[\w-]{8,}|join\.com\/companies\/[^/]+\/\d+|smartrecruiters\.com\/[^/]+\/\d+|breezy\.hr\/p\/[\w-]+|dover\.com\/apply\/[^/]+\/[\w-]{8,}|homerun\.co\/[\w-]{4,}/;

/** The largest box around a link (three levels up at most) that holds no other link: the job's card. */
function soleLinkBox(link: Element): Element {
  let box = link;
  for (let depth = 0, up = link.parentElement; up && depth < 3; depth++, up = up.parentElement) {
    if (holdsLinks(up, 2)) break;
    box = up;
  }
  return box;
}

/**
 * A job link's title: its heading; in a link whose blocks hold team, title and place, the block
 * that reads as a job; its title element or first block (up to `longest` characters); else, for
 * "More information" buttons, the heading of the card around it.
 */
function linkTitle(link: Element, longest: number): { title: string; fromCard: boolean } | undefined {
  const heading = withoutDocumentLabel(clean(link.querySelector("h1, h2, h3, h4, h5, h6")?.textContent));
  if (isTitle(heading)) return { title: heading, fromCard: false };
  const blocks = blockTexts(link).filter((text) => isTitle(text) && text.length <= longest);
  const named =
    (blocks.length > 1 ? blocks.find((text) => jobWords.test(text)) : undefined) ??
    clean(
      link.querySelector("dt, strong, [class*='title' i], [class*='font-semibold'], [class*='font-bold']")?.textContent,
    );
  if (isTitle(named)) return { title: withoutDocumentLabel(named), fromCard: false };
  const own = withoutDocumentLabel(
    blocks.length > 1 ? (blocks[0] ?? "") : (brokenLines(link)[0] ?? clean(link.textContent)),
  );
  if (own && isTitle(own) && own.length <= longest) return { title: own, fromCard: false };
  // An open application's link ("Initiativbewerbung (m/w/d) [PDF]") is no ad's: its card's heading is none either.
  if (openApplication.test(own)) return undefined;
  let card = link.parentElement;
  for (let depth = 0; card && depth < 3; depth++, card = card.parentElement) {
    if (holdsLinks(card, 3)) break;
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
