import { registrableDomain } from "./domain";
import { isJobBoardUrl, kindRules, offeringKinds, offeringSegment } from "./link-kinds";
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
  const lang = primaryLanguage(doc.documentElement.getAttribute("lang"));
  const page = { doc, url, base, home: normalise(base), domain: registrableDomain(base), lang };
  for (const link of Array.from(doc.querySelectorAll("a[href]"))) {
    const href = link.getAttribute("href") ?? "";
    if (!targets.has(href)) targets.set(href, linkTarget(href, page));
    const key = classifyLink(link, targets.get(href), page);
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
  // A site that files its pages by language ("/de/karriere") files the guessed ones there too.
  const section = /^\/([a-z]{2})(?:-[a-z]{2})?(?=\/)/i.exec(base.pathname);
  const sectionLang = section?.[1]?.toLowerCase();
  const german =
    sectionLang === "de" ||
    (sectionLang !== "en" &&
      (/^de\b/i.test(doc.documentElement.getAttribute("lang") ?? "") || /\.(de|at|ch)$/.test(base.hostname)));
  const kinds = new Set(linked.map((page) => page.kind));
  const prefix = sectionLang === "de" || sectionLang === "en" ? (section?.[0] ?? "") : "";
  return (german ? guesses.de : guesses.en)
    .filter(([kind]) => !kinds.has(kind))
    .map(([kind, path]) => ({ url: new URL(prefix + path, base.origin).href, kind, score: 1 }))
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
  const kind = pathKind(target);
  return kind === undefined ? textKind(linkText) : (kind ?? undefined);
}

/** What the address says: a kind, null for a page it shows is none (a product's page), or undefined. */
type PathKind = PageKind | null | undefined;

function pathKind(target: URL): PathKind {
  return isJobBoardUrl(target) ? "job-board" : segmentKind(target);
}

function segmentKind(target: URL): PathKind {
  const segments = target.pathname.toLowerCase().split("/").filter(Boolean).map(slugOf);
  // The last matching segment wins ("/de/unternehmen/karriere" is careers), then the link text.
  for (let index = segments.length - 1; index >= 0; index--) {
    const rule = kindRules[firstMatching(segmentRules, segments[index] ?? "")];
    if (!rule) continue;
    const offering = segments.slice(0, index).some((segment) => offeringSegment.test(segment));
    return offering && !offeringKinds.has(rule.kind) ? null : rule.kind;
  }
  return undefined;
}

function slugOf(segment: string): string {
  // Site builders number a second page of the same name: "ueber-uns-2", "about-1".
  return decodeSegment(segment)
    .replace(/\.html?$|\.php$/, "")
    .replace(/-\d$/, "");
}

function textKind(linkText: string): PageKind | undefined {
  return kindRules[firstMatching(textRules, bareLabel(clean(linkText)))]?.kind;
}

// Arrows, bullets and counts around a menu label: "Karriere (3)", "→ Über uns", "Jobs 5".
const labelMarks = /^[\s→›»>•·*–-]+|[\s\d()[\]→›»>•·*:.!+–-]+$/gu;

function bareLabel(text: string): string {
  return text.length > 40 ? text : text.replace(labelMarks, "");
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
  kind: PathKind;
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
  /** The language it declares (primary subtag, lower case), if any. */
  lang: string | undefined;
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
  if (url === page.home) return undefined;
  const kind = board ? "job-board" : segmentKind(target);
  return { target, url, kind: kind === undefined ? hostKind(target, page.base) : kind };
}

// Subdomains a company gives its careers portal, blog or newsroom: "karriere.nordlicht.de".
const hostKinds: readonly [RegExp, PageKind][] = [
  [/^(?:careers?|jobs|karriere|stellen)\./, "careers"],
  [/^(?:blog|magazin)\./, "blog"],
  [/^(?:press|presse|news|newsroom)\./, "press"],
];

/** The kind a sister subdomain's front page is, by its name (not the page's own host: its pages are all on it). */
function hostKind(target: URL, base: URL): PageKind | undefined {
  if (target.hostname === base.hostname || !/^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?$/i.test(target.pathname))
    return undefined;
  return hostKinds.find(([host]) => host.test(target.hostname))?.[1];
}

function classifyLink(link: Element, found: LinkTarget | undefined, page: LinkingPage): KeyPage | undefined {
  if (!found || found.kind === null) return undefined;
  // The link text only counts when the address does not tell.
  const kind = found.kind ?? textKind(link.textContent ?? "");
  if (!kind || isTranslation(link, page.lang)) return undefined;
  return { url: found.url, kind, score: score(kind, found.target, link) };
}

// A language switcher's entries: "EN", "Deutsch", "English (UK)".
const languageName =
  /^(?:en|de|fr|it|es|nl|english|englisch|deutsch|german|français|francais|italiano|español|nederlands)(?:\s*\(.*\))?$/i;

/** A link to the same page in another language: the page's own language has its key pages. */
function isTranslation(link: Element, lang: string | undefined): boolean {
  const hreflang = primaryLanguage(link.getAttribute("hreflang") ?? link.getAttribute("lang"));
  if (hreflang) return lang !== undefined && hreflang !== lang;
  return languageName.test(clean(link.textContent ?? ""));
}

function primaryLanguage(tag: string | null): string | undefined {
  return /^[a-z]{2,3}(?![a-z])/i.exec(tag?.trim() ?? "")?.[0].toLowerCase();
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
