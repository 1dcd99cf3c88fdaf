import { cardDate, dateLabel, lineDate } from "./card-dates";
import { addressDate, findDate } from "./dates";
import { distinctPosts } from "./distinct-posts";
import { sameSite } from "./domain";
import { isArticle, ldDate, ldObjects, ldText } from "./jsonld";
import { classifyUrl } from "./links";
import { titlesIn } from "./list-titles";
import { entryDate, isLabel } from "./post-entries";
import { clean } from "./text";
import type { PageMeta, SitePost } from "./types";
import { linkUrl, parseUrl } from "./url";

/** Latest dated posts: JSON-LD articles, the page itself when it is one, and post cards on listing pages. */

const maxPosts = 10;

export function extractPosts(doc: Document, url: string, meta?: PageMeta): SitePost[] {
  const listing = isListing(url);
  const posts = [
    ...jsonLdPosts(doc, url),
    ...selfPost(doc, url, meta),
    ...cardPosts(doc, url, listing),
    ...(listing ? listPosts(doc, url) : []),
  ];
  return distinctPosts(posts)
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""))
    .slice(0, maxPosts);
}

function jsonLdPosts(doc: Document, url: string): SitePost[] {
  return ldObjects(doc)
    .filter(isArticle)
    .flatMap((article) => {
      const title = ldText(article.headline) ?? ldText(article.name);
      const link = parseUrl(ldText(article.url) ?? ldText(article.mainEntityOfPage) ?? url, url);
      return title && link ? [{ title, url: link.href, date: ldDate(article.datePublished) }] : [];
    });
}

/**
 * The page is a post when it says so, holds one dated article (a listing's cards are articles too),
 * or sits under a blog or press section and tells its day in its address or beside its headline.
 */
function selfPost(doc: Document, url: string, meta?: PageMeta): SitePost[] {
  // A listing is no post, whatever its metadata says or however few cards it holds.
  if (isListing(url)) return [];
  const isArticlePage =
    meta?.openGraph["og:type"] === "article" ||
    (doc.querySelector("article time[datetime]") && doc.querySelectorAll("article").length === 1);
  const underSection = !isArticlePage && isSectionPost(url);
  if (!isArticlePage && !underSection) return [];
  const headline = headlineText(doc);
  // A title often carries the site's name ("Post | Kranwerk"): the headline it holds is the post's.
  const title =
    (underSection || meta?.title?.includes(headline)) && headline.length >= 8 ? headline : (meta?.title ?? "");
  const date = meta?.publishedAt ?? (underSection ? (addressDate(url) ?? headlineDate(doc)) : undefined);
  return title && date ? [{ title, url, date }] : [];
}

/** The page's headline: the main content's, not a logo's (some themes put the site name in a linked h1). */
function headlineText(doc: Document): string {
  const headline = [doc.querySelector("main h1, article h1"), doc.querySelector("h1")].find(
    (node) => node && !node.closest("a") && !node.querySelector("a"),
  );
  return clean(headline?.textContent).slice(0, 300);
}

/** A page below a blog or press section ("/blog/2025/03/12/touren", "/de/presse/wien"), not its listing. */
function isSectionPost(url: string): boolean {
  const parsed = parseUrl(url);
  const segments = parsed?.pathname.split("/").filter(Boolean) ?? [];
  if (!parsed || segments.length < 2 || isListing(url) || notPostPath.test(`${parsed.pathname}/`)) return false;
  return segments.slice(0, -1).some((segment) => {
    const kind = classifyUrl(new URL(`/${segment}`, parsed));
    return kind === "blog" || kind === "press";
  });
}

/** The day printed beside the headline: in what follows it, or follows its container, up two levels. */
function headlineDate(doc: Document): string | undefined {
  let node: Element | null | undefined = doc.querySelector("h1");
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const text = clean(node.nextElementSibling?.textContent);
    const date = text.length <= 300 ? findDate(text) : undefined;
    if (date) return date;
  }
  return undefined;
}

/**
 * Blog and press pages list posts; elsewhere a card needs more to be one (its heading a link, a full
 * date): a profile's "Experience" with a logo link and "Sep 2024" is none.
 */
function isListing(url: string): boolean {
  const parsed = parseUrl(url);
  // The listing is the blog's own page ("/blog", "/de/presse/page/2"), not a post under it.
  const last = parsed?.pathname
    .replace(/\/page\/\d+\/?$/, "")
    .split("/")
    .filter(Boolean)
    .pop();
  const kind = parsed && last && classifyUrl(new URL(`/${last}`, parsed));
  return kind === "blog" || kind === "press";
}

/** A heading in a small card that also shows a date; the link is the heading's, else (on listings) the card's. */
function cardPosts(doc: Document, url: string, listing: boolean): SitePost[] {
  const posts: SitePost[] = [];
  const entries = unlinkedEntries(url);
  for (const heading of Array.from(doc.querySelectorAll(headingSelector))) {
    const own = headingLink(heading);
    // Elsewhere a heading without a link is a section's, not a post's: no card is read for it. A
    // headline is a post's only as a link (some themes title each card with one).
    if (!own && (!listing || heading.localName === "h1")) continue;
    const title = clean(heading.textContent);
    if (title.length < 8) continue;
    const card = readCard(heading, (other) => otherTitle(heading, other), headingSelector, listing, own);
    const target = card.link && postTarget(doc, card.link, url);
    // An entry whose only link goes nowhere else ("#", a mail address) is an entry still.
    const entry = !target && listing && linksNowhere(doc, card.link, url) ? entries(heading, title) : undefined;
    const date = target && (card.date ?? pathDate(target, listing));
    if (entry) posts.push(entry);
    else if (target && date) posts.push({ title, url: target.href, date });
  }
  return posts;
}

const headingSelector = "h1, h2, h3, h4";
const maxEntries = 30;
const maxEntryTitle = 200;

/**
 * A listing's entries that link nowhere, each a post when it shows a date; the first few are enough,
 * as only the latest posts are kept. Each gets an address of its own on the listing (see entryAddress).
 */
function unlinkedEntries(url: string): (heading: Element, title: string) => SitePost | undefined {
  const page = parseUrl(url);
  if (page) page.hash = "";
  let count = 0;
  return (heading, title) => {
    if (!page || count >= maxEntries || title.length > maxEntryTitle || heading.closest("nav, header, footer"))
      return undefined;
    // A date set as a heading ("14 May 2025") labels the entry below it.
    const date = lineDate(heading) ? undefined : entryDate(heading, headingSelector);
    if (!date) return undefined;
    count++;
    return { title, url: entryAddress(page, heading, title), date };
  };
}

/**
 * The listing's address pointed at the entry: the heading's own anchor, else a text fragment of its title
 * ("#:~:text=Kranich%20er%C3%B6ffnet%20…"), which the browser scrolls to and marks. Each entry keeps an
 * address of its own, so two entries of one listing stay two posts.
 */
function entryAddress(page: URL, heading: Element, title: string): string {
  const id = heading.id;
  // A dash, comma and ampersand are the fragment's own syntax: they are escaped too.
  const fragment = id
    ? encodeURIComponent(id)
    : `:~:text=${encodeURIComponent(title).replace(/[-,&]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)}`;
  return `${page.href}#${fragment}`;
}

/**
 * A card that shows no date still has one in its post's address, the day or the month: archive
 * folders ("/blog/2013/05/…") or a dated slug ("/news/2020-09-19-seed-round/"). Only a post's
 * address counts, on a listing or below a blog: job ads are dated so too ("/careers/2025/02/11/…").
 */
function pathDate(target: URL, listing: boolean): string | undefined {
  const path = target.pathname;
  if (!/\/(?:19|20)\d\d[-/]/.test(path) || !(listing || isSectionPost(target.href))) return undefined;
  return findDate(path) ?? /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\//.exec(path)?.slice(1, 3).join("-");
}

function headingLink(heading: Element): Element | null {
  return heading.querySelector("a[href]") ?? heading.closest("a[href]");
}

/**
 * Another post's heading: one of the same level, or one as long as a title that links elsewhere. A
 * category line in the card is none, linked or not ("Produkt-Updates" above the title).
 */
function otherTitle(heading: Element, other: Element): boolean {
  if (other === heading) return false;
  if (other.localName === heading.localName) return true;
  const link = headingLink(other);
  return link !== null && link !== headingLink(heading) && !isLabel(other);
}

/**
 * The link and date of the card around a title: its containers are read from the smallest up, to
 * the first that holds another post's title, where the card grows into the list of all posts.
 */
function readCard(
  title: Element,
  isOther: (element: Element) => boolean,
  selector: string,
  listing: boolean,
  link: Element | null | undefined,
): { link?: Element; date?: string } {
  let found = link ?? undefined;
  let container = title.parentElement;
  for (let depth = 0; container && depth < 4; depth++, container = container.parentElement) {
    const titles = titlesIn(container, selector);
    if (titles.length > 1 && titles.some(isOther)) break;
    found ??= cardLink(container);
    const date = found && cardDate(container, listing);
    if (date) return { link: found, date };
  }
  return { link: found };
}

// Links of a card that lead to the post rather than to its category or author.
const readMore =
  /^(?:read more|more|continue reading|read (?:the )?(?:article|post|story)|weiterlesen|mehr|mehr lesen|mehr erfahren|zum (?:artikel|beitrag))\b/i;
const notPostPath = /\/(?:category|categories|tags?|authors?|kategorien?|schlagworte?|autoren|autor)\//i;

function cardLink(card: Element): Element | undefined {
  const links = Array.from(card.querySelectorAll("a[href]")).filter(
    (link) => !notPostPath.test(link.getAttribute("href") ?? ""),
  );
  return (
    links.find((link) => readMore.test(clean(link.textContent))) ?? links.find((link) => link.querySelector("img"))
  );
}

function postTarget(doc: Document, link: Element, url: string): URL | undefined {
  const target = linkUrl(doc, link.getAttribute("href") ?? "", url);
  if (!target || !sameSite(target, url) || target.pathname.split("/").filter(Boolean).length < 1) return undefined;
  // A link to a part of this very page ("#results") is a heading's anchor, not another post.
  if (samePage(target, url)) return undefined;
  if (notPostPath.test(target.pathname)) return undefined;
  return target;
}

function linksNowhere(doc: Document, link: Element | undefined, url: string): boolean {
  const target = link && linkUrl(doc, link.getAttribute("href") ?? "", url);
  return !target || !/^https?:$/.test(target.protocol) || samePage(target, url);
}

function samePage(target: URL, url: string): boolean {
  const page = parseUrl(url);
  const path = (value: string) => value.replace(/\/$/, "");
  return page !== undefined && target.host === page.host && path(target.pathname) === path(page.pathname);
}

// On listing pages, titles also come as plain links: in list items and tables, or with "title" in their class.
const linkTitles = 'li a[href], td a[href], a[class*="title" i], [class*="title" i] > a[href]';

/** Posts listed as dated links without headings: on blog and press pages only, where lists are posts. */
function listPosts(doc: Document, url: string): SitePost[] {
  const posts: SitePost[] = [];
  for (const link of Array.from(doc.querySelectorAll(linkTitles))) {
    const title = linkTitle(link);
    if (title.length < 12 || title.length > 200 || readMore.test(title) || link.closest("nav, header, footer"))
      continue;
    const target = postTarget(doc, link, url);
    const date =
      target &&
      (readCard(link, (other) => other !== link && longLink(other), linkTitles, true, link).date ??
        pathDate(target, true));
    if (target && date) posts.push({ title, url: target.href, date });
  }
  return posts;
}

/** A link that is the whole list item shows its date too: the title is its title element, or the rest. */
function linkTitle(link: Element): string {
  const titled = link.querySelector('[class*="title" i], h2, h3, h4, h5, strong');
  if (titled) return clean(titled.textContent);
  const label = clean(link.querySelector(dateLabel)?.textContent);
  const text = clean(link.textContent);
  return label ? clean(text.replace(label, "")) : text;
}

/** A link as long as a title; a category label or "Weiterlesen" beside the title is shorter. */
function longLink(link: Element): boolean {
  return clean(link.textContent).length >= 25;
}
