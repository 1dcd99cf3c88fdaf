import { registrableDomain } from "./domain";
import { isJobBoardUrl, kindRules } from "./link-kinds";
import { firstMatching, regexSet } from "./regex-set";
import { clean } from "./text";
import type { KeyPage, PageKind } from "./types";
import { linkUrl, parseUrl } from "./url";

/** Key-page discovery: which few pages of a site are worth fetching for research. */

const maxPages = 10;
const perKind = 2;
const fileDownload =
  /\.(pdf|zip|gz|rar|7z|jpe?g|png|gif|webp|svg|mp4|mov|mp3|docx?|xlsx?|pptx?|dmg|exe|msi|ics|csv|xml|json)$/i;
const datePath = /\/(19|20)\d\d\/\d{1,2}(\/\d{1,2})?\/?$|\/(calendar|kalender|events?\/\d{4})/i;

/** Ranked same-site key pages (plus recognised job boards) linked from the page, at most ten. */
export function discoverKeyPages(doc: Document, url: string): KeyPage[] {
  const base = parseUrl(url);
  if (!base) return [];
  const found = new Map<string, KeyPage>();
  // Menus, footers and teasers repeat addresses: each is read once.
  const targets = new Map<string, LinkTarget | undefined>();
  const page = { doc, url, base, home: normalise(base), domain: registrableDomain(base) };
  for (const link of Array.from(doc.querySelectorAll("a[href]"))) {
    const href = link.getAttribute("href") ?? "";
    if (!targets.has(href)) targets.set(href, linkTarget(href, page));
    const key = classifyLink(link, targets.get(href));
    if (!key) continue;
    const previous = found.get(key.url);
    if (!previous || previous.score < key.score) found.set(key.url, key);
  }
  for (const src of embeddedBoardUrls(doc, base)) found.set(src, { url: src, kind: "job-board", score: 9 });
  const ranked = [...found.values()].sort((a, b) => b.score - a.score);
  const { firsts, seconds } = byKind(ranked);
  // Every kind the site links gets a page before any kind gets a second one; guessed paths of
  // kinds it does not link come in between (none on a hosted job board, which has no company
  // pages): ten slots go to the Impressum, press and customers before a second about page.
  const guessed = isJobBoardUrl(base) ? [] : commonPaths(doc, base, ranked);
  return [...firsts, ...guessed, ...seconds].slice(0, maxPages);
}

// Where sites usually keep their key pages, tried only when no link names them (score 1: fetch last, may 404).
const guesses: Record<"de" | "en", readonly [PageKind, string][]> = {
  de: [
    ["impressum", "/impressum"],
    ["about", "/ueber-uns"],
    ["careers", "/karriere"],
    ["pricing", "/preise"],
  ],
  en: [
    ["about", "/about"],
    ["careers", "/careers"],
    ["pricing", "/pricing"],
  ],
};

function commonPaths(doc: Document, base: URL, linked: readonly KeyPage[]): KeyPage[] {
  const german = /^de\b/i.test(doc.documentElement.getAttribute("lang") ?? "") || /\.(de|at|ch)$/.test(base.hostname);
  const kinds = new Set(linked.map((page) => page.kind));
  return (german ? guesses.de : guesses.en)
    .filter(([kind]) => !kinds.has(kind))
    .map(([kind, path]) => ({ url: new URL(path, base.origin).href, kind, score: 1 }))
    .filter((page) => page.url !== normalise(base));
}

/** The best page of each kind, and the next best of each (two per kind at most: ten blog posts do not crowd out the Impressum). */
function byKind(ranked: readonly KeyPage[]): { firsts: KeyPage[]; seconds: KeyPage[] } {
  const counts = new Map<PageKind, number>();
  const firsts: KeyPage[] = [];
  const seconds: KeyPage[] = [];
  for (const page of ranked) {
    const count = counts.get(page.kind) ?? 0;
    counts.set(page.kind, count + 1);
    if (count === 0) firsts.push(page);
    else if (count < perKind) seconds.push(page);
  }
  return { firsts, seconds };
}

/** The kind of page a URL (and its link text) points to, or undefined. */
export function classifyUrl(target: URL, linkText = ""): PageKind | undefined {
  return pathKind(target) ?? textKind(linkText);
}

function pathKind(target: URL): PageKind | undefined {
  return isJobBoardUrl(target) ? "job-board" : segmentKind(target);
}

function segmentKind(target: URL): PageKind | undefined {
  const segments = target.pathname.toLowerCase().split("/").filter(Boolean);
  // The last matching segment wins ("/de/unternehmen/karriere" is careers), then the link text.
  for (const segment of segments.reverse()) {
    const slug = decodeSegment(segment).replace(/\.html?$|\.php$/, "");
    const rule = kindRules[firstMatching(segmentRules, slug)];
    if (rule) return rule.kind;
  }
  return undefined;
}

function textKind(linkText: string): PageKind | undefined {
  return kindRules[firstMatching(textRules, clean(linkText))]?.kind;
}

// The kinds' expressions (all anchored) as one each for slugs and for link texts.
const segmentRules = regexSet(
  kindRules.map((rule) => rule.segment),
  "",
);
const textRules = regexSet(
  kindRules.map((rule) => rule.text),
  "i",
);

/** What a link's address says, whatever the link: undefined for addresses never worth fetching. */
interface LinkTarget {
  target: URL;
  url: string;
  kind: PageKind | undefined;
}

/** The page the links are on: `url` as given, and parsed. */
interface LinkingPage {
  doc: Document;
  url: string;
  base: URL;
  /** The page's own address, normalised: a link to it is no key page. */
  home: string;
  /** Its registrable domain: same-site links share it. */
  domain: string | undefined;
}

function linkTarget(href: string, page: LinkingPage): LinkTarget | undefined {
  // Mail, phone and script links lead nowhere to fetch.
  const target = /^(mailto|tel|javascript|data):/i.test(href.trim()) ? undefined : linkUrl(page.doc, href, page.url);
  // "/#about" is a section of the home page, not an about page.
  if (!target || isTrap(target) || (target.hash && target.pathname === "/")) return undefined;
  const board = isJobBoardUrl(target);
  // As sameSite(target, base), with the page's domain worked out once.
  if (!board && (page.domain === undefined || registrableDomain(target) !== page.domain)) return undefined;
  const url = normalise(target);
  return url === page.home ? undefined : { target, url, kind: board ? "job-board" : segmentKind(target) };
}

function classifyLink(link: Element, found: LinkTarget | undefined): KeyPage | undefined {
  if (!found) return undefined;
  // The link text only counts when the address does not tell.
  const kind = found.kind ?? textKind(link.textContent ?? "");
  return kind && { url: found.url, kind, score: score(kind, found.target, link) };
}

function score(kind: PageKind, target: URL, link: Element): number {
  const priority = kind === "job-board" ? 9 : (kindRules.find((rule) => rule.kind === kind)?.priority ?? 1);
  const depth = target.pathname.split("/").filter(Boolean).length;
  const inChrome = link.closest("nav, header, footer, [role=navigation], [role=contentinfo]") ? 1 : 0;
  // Shallow pages are the overview pages; deep ones are single posts or jobs.
  return priority + inChrome - Math.max(0, depth - 2) * 0.5;
}

/** Links that waste fetches: mail, phone, downloads, calendars, deep pagination. */
export function isTrap(target: URL): boolean {
  const { protocol, pathname, search } = target;
  if (protocol !== "https:" && protocol !== "http:") return true;
  if (fileDownload.test(pathname) || datePath.test(pathname)) return true;
  const query = search ? target.searchParams : undefined;
  const page = Number(query?.get("page") ?? /\/page\/(\d+)/.exec(pathname)?.[1] ?? 0);
  return page > 2 || Boolean(query?.has("date") || query?.has("month"));
}

/** Job boards embedded rather than linked: by script (Greenhouse, Ashby) or in a frame (any known board). */
function embeddedBoardUrls(doc: Document, base: URL): string[] {
  const urls: string[] = [];
  for (const node of Array.from(doc.querySelectorAll("script[src], iframe[src]"))) {
    const src = parseUrl(node.getAttribute("src") ?? "", base);
    if (!src) continue;
    const token = src.searchParams.get("for");
    const ashby = src.hostname === "jobs.ashbyhq.com" ? /^\/([\w.-]+)\/embed\b/.exec(src.pathname)?.[1] : undefined;
    if (token && /greenhouse\.io$/.test(src.hostname)) urls.push(`https://boards.greenhouse.io/${token}`);
    else if (ashby) urls.push(`https://jobs.ashbyhq.com/${ashby}`);
    else if (node.localName === "iframe" && isJobBoardUrl(src)) urls.push(normalise(src));
  }
  return urls;
}

/** One address per page: no fragment, no trailing slash, lower-case host. */
function normalise(url: URL): string {
  // A serialised URL has "#" only where its fragment starts (elsewhere it is escaped).
  const { href } = url;
  const hash = href.indexOf("#");
  const text = hash < 0 ? href : href.slice(0, hash);
  return text.endsWith("/") && url.pathname !== "/" && !url.search ? text.slice(0, -1) : text;
}

function decodeSegment(segment: string): string {
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
