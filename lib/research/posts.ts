import { findDate } from "./dates";
import { sameSite } from "./domain";
import { isArticle, ldDate, ldObjects, ldText } from "./jsonld";
import { clean } from "./text";
import type { PageMeta, SitePost } from "./types";
import { linkUrl, parseUrl } from "./url";

/** Latest dated posts: JSON-LD articles, the page itself when it is one, and post cards on listing pages. */

const maxPosts = 10;

export function extractPosts(doc: Document, url: string, meta?: PageMeta): SitePost[] {
  const posts = [...jsonLdPosts(doc, url), ...selfPost(doc, url, meta), ...cardPosts(doc, url)];
  const seen = new Set<string>();
  return posts
    .filter((post) => !seen.has(post.url) && Boolean(seen.add(post.url)))
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

function selfPost(doc: Document, url: string, meta?: PageMeta): SitePost[] {
  const isArticlePage = meta?.openGraph["og:type"] === "article" || doc.querySelector("article time[datetime]");
  return isArticlePage && meta?.title && meta.publishedAt ? [{ title: meta.title, url, date: meta.publishedAt }] : [];
}

/** A heading link inside a small card that also shows a date. */
function cardPosts(doc: Document, url: string): SitePost[] {
  const posts: SitePost[] = [];
  for (const heading of Array.from(doc.querySelectorAll("h2, h3, h4"))) {
    const link = heading.querySelector("a[href]") ?? heading.closest("a[href]");
    const target = link && linkUrl(doc, link.getAttribute("href") ?? "", url);
    if (!target || !sameSite(target, url) || target.pathname.split("/").filter(Boolean).length < 1) continue;
    const date = cardDate(heading);
    const title = clean(heading.textContent);
    if (date && title.length >= 8) posts.push({ title, url: target.href, date });
  }
  return posts;
}

function cardDate(heading: Element): string | undefined {
  let card = heading.parentElement;
  for (let depth = 0; card && depth < 4; depth++, card = card.parentElement) {
    // Stop before the card grows into the list of all posts.
    if (card.querySelectorAll("h2, h3, h4").length > 1) return undefined;
    const time = card.querySelector("time");
    const date =
      findDate(time?.getAttribute("datetime") ?? "") ??
      findDate(clean(time?.textContent)) ??
      findDate(clean(card.textContent).slice(0, 400));
    if (date) return date;
  }
  return undefined;
}
