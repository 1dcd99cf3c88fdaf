import { isEmploymentType } from "./board-meta";
import {
  applyLabel,
  hasAdMarker,
  isPageChrome,
  isTitle,
  jobWords,
  openingsHeading,
  sectionWords,
  withoutDocumentLabel,
} from "./careers-words";
import { clean } from "./text";
import type { SiteJob } from "./types";

/** Job ads on a careers page that has no job links: their titles are headings, summaries or buttons. */

type PageJob = Omit<SiteJob, "seniority">;

/**
 * Job ads without links (accordions, "apply by e-mail", lists of ad documents): headings, summaries,
 * accordion buttons and list terms that read as job titles: any of them by a gender marker or as the
 * title of an ad with an apply button, headings also by their words (the words of a summary or a
 * button are a filter or a question as often). A heading with job words that heads marked ads
 * ("Sales" above "Key Account Manager (m/w)") is their group, not a job.
 */
export function headingJobs(doc: Document): PageJob[] {
  const applied = adTitles(doc);
  const read = Array.from(doc.querySelectorAll(`${adTitleSelector}, button, dt, ${plainTitles}`)).map((node) => {
    const title = isPageChrome(node) || !leadsItsBlock(node) ? "" : withoutDocumentLabel(fullTitle(node));
    const ok = isTitle(title) && title.length <= 90 && !openingsHeading.test(title) && !sectionWords.test(title);
    // A paragraph's bold start or a list's item is an ad's title only by its marker.
    const sure = ok && (hasAdMarker(title) || applied.has(node)) && (!node.matches(plainTitles) || markedList(node));
    const worded = ok && !sure && node.matches(`${wordedHeadings}, ${toggles}`) && jobWords.test(title);
    return { node, title, sure, worded };
  });
  // Beside sure ads, a heading by its words alone counts only in their lists ("Praxisnahe Ausbildung"
  // among the benefits above the ads is none); an accordion's toggle only there, beside its twins.
  const sureAds = read.filter((entry) => entry.sure).map((entry) => entry.node);
  const near = (node: Element) => (sureAds.length ? nearAds(node, sureAds) : !node.matches(toggles));
  const titles = read.flatMap((entry, index) =>
    entry.sure || (entry.worded && (entry.node.matches(toggles) || !headsAds(read, index)) && near(entry.node))
      ? [entry.title]
      : [],
  );
  const found = titles.length ? [...new Set(titles)] : pageAd(doc);
  return found.map((title) => ({ title, source: "careers-page" as const }));
}

/**
 * A careers page that is one ad: the part of its h1 that reads as a job, before or after a slogan or
 * a call ("Minijob im Hausmeisterservice – werde Teil unseres Teams", "Wir suchen: Tischler (m/w/d)"):
 * by an ad's marker, or by a job's words beside its terms ("Minijob", "Aushilfe"); job words alone name
 * the page's subject as often ("Arbeitgeber und Ausbildungsbetrieb").
 */
function pageAd(doc: Document): string[] {
  const heading = Array.from(doc.querySelectorAll("h1")).find((node) => !isPageChrome(node));
  const parts = clean(heading?.textContent).split(/\s+[–—-]\s+|:\s+/);
  const title = parts.find(
    (part) =>
      isTitle(part) &&
      part.length <= 90 &&
      !openingsHeading.test(part) &&
      !sectionWords.test(part) &&
      (hasAdMarker(part) || (jobWords.test(part) && isEmploymentType(part) && part.includes(" "))),
  );
  return title ? [title] : [];
}

// Ads without headings: a paragraph led by the ad's title in bold ("<p><strong>Tischler (m/w/d)</strong><br>…"),
// or a plain list of them ("Wir suchen: <ul><li>Maurer (m/w/d)</li>…").
const plainTitles = "p > strong:first-child, p > b:first-child, ul > li, ol > li";

/**
 * Whether a bold title leads its paragraph (no text before it), and a list's item is a plain line (a
 * block of its own is read by its heading); other nodes always count.
 */
function leadsItsBlock(node: Element): boolean {
  if (node.localName === "li") return node.children.length <= 1;
  if (node.localName !== "strong" && node.localName !== "b") return true;
  const start = node.previousSibling;
  return !start || (start.nodeType === 3 && !clean(start.textContent));
}

/** A list's items are ads only when each carries an ad's marker (not a list of requirements naming one). */
function markedList(node: Element): boolean {
  if (node.localName !== "li") return true;
  const items = Array.from(node.parentElement?.children ?? []);
  return items.every((item) => leadsItsBlock(item) && hasAdMarker(clean(item.textContent)));
}

/** Whether a heading stands in the list of sure ads: a box up to three levels above it holds one. */
function nearAds(node: Element, ads: readonly Element[]): boolean {
  let box = node.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    const holder = box;
    if (ads.some((ad) => holder.contains(ad))) return true;
  }
  return false;
}

/** Whether the heading at `index` is followed by marked ads before the next heading of its rank. */
function headsAds(read: readonly { node: Element; sure: boolean }[], index: number): boolean {
  const heading = read[index];
  if (!heading) return false;
  const own = rank(heading.node);
  for (const { node, sure } of read.slice(index + 1, index + 40)) {
    const level = /^h\d$/.test(node.localName) ? rank(node) : 7;
    if (level <= own) return false;
    if (sure) return true;
  }
  return false;
}

/** A title cut short on the page ("Key Account Manager (m/w) im Innen- u...") is whole in its tooltip. */
function fullTitle(node: Element): string {
  const text = clean(node.textContent);
  if (!/(?:\.{3}|…)$/.test(text)) return text;
  const start = text.replace(/(?:\.{3}|…)$/, "").trim();
  const tip = node.matches("[title]") ? node : node.querySelector("[title]");
  const whole = clean(tip?.getAttribute("title"));
  return start.length >= 3 && whole.startsWith(start) ? whole : text;
}

const adTitleSelector = "h2, h3, h4, h5, summary, button[aria-expanded]";
// An accordion's toggles: a job's title as often as a question or a filter.
const toggles = "summary, button[aria-expanded]";
// Headings whose words alone make them a job (elsewhere the words are a section's).
const wordedHeadings = "main h2, main h3, main h4, article h2, article h3, body h3";

/** The titles of ads with an apply button ("Jetzt bewerben" under "Konditor"). */
function adTitles(doc: Document): Set<Element> {
  const titles = new Set<Element>();
  for (const control of Array.from(doc.querySelectorAll("a, button"))) {
    if (!isApplyButton(control) || isPageChrome(control)) continue;
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
  // A heading of the page's sections ("Why work with us") above the first card titles no ad.
  const titles = headings.filter((heading) => !sectionWords.test(clean(heading.textContent)));
  return titles.length ? titles.reduce((best, heading) => (rank(heading) < rank(best) ? heading : best)) : undefined;
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

export function rank(heading: Element): number {
  return /^h\d$/.test(heading.localName) ? Number(heading.localName[1]) : 1;
}
