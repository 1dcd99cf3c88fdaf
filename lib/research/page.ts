import { Readability } from "@mozilla/readability";
import { findDate } from "./dates";
import { asObjects, isArticle, ldDate, ldObjects, ldText, ldTypes } from "./jsonld";
import { detectLanguage } from "./language";
import { readabilityCopy } from "./readability-copy";
import { clean, isoDate, joinedLines, metaContent, textLines } from "./text";
import type { PageMeta } from "./types";

/** What the page reader returns: metadata plus the main text, line by line. */
export interface PageReading {
  meta: PageMeta;
  /** Lines of the main content (Readability), or of the whole body when Readability finds none. */
  mainLines: readonly string[];
}

/** Reads metadata and main text; Readability works on a copy of the page (it changes what it reads). */
export function readPage(doc: Document, url: string): PageReading {
  const article = readArticle(doc);
  const mainLines = article?.lines.length ? article.lines : doc.body ? textLines(doc.body) : [];
  const meta: PageMeta = {
    url,
    canonicalUrl: canonicalUrl(doc, url),
    title: metaContent(doc, "og:title") ?? (clean(article?.title ?? doc.title) || undefined),
    byline: clean(article?.byline) || undefined,
    excerpt:
      metaContent(doc, "og:description") ?? metaContent(doc, "description") ?? (clean(article?.excerpt) || undefined),
    siteName: metaContent(doc, "og:site_name") ?? (clean(article?.siteName) || undefined),
    lang: detectLanguage(doc, joinedLines(mainLines), article?.lang),
    publishedAt: publishedAt(doc, article?.publishedTime) ?? visibleDate(doc, mainLines),
    openGraph: prefixedMeta(doc, "og:"),
    twitter: prefixedMeta(doc, "twitter:"),
    breadcrumbs: breadcrumbs(doc),
  };
  return { meta, mainLines };
}

interface Article {
  title?: string | null;
  byline?: string | null;
  excerpt?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
  lines: readonly string[];
}

// Readability's work grows with the square of the embeds and forms that sit side by side: a page of
// thousands (5,000 took 11 s) is read as its body's text. Pages rarely hold more than a few dozen.
const maxEmbeds = 500;

function readArticle(doc: Document): Article | undefined {
  if (doc.getElementsByTagName("iframe").length + doc.getElementsByTagName("form").length > maxEmbeds) return undefined;
  const copy = readabilityCopy(doc);
  try {
    // Very large pages throw here and fall back to the body text, keeping the offscreen document responsive.
    // Only the article's text is read: its nodes as they are, classes kept (removing them is a walk of its own).
    const parsed = new Readability<Node>(copy.doc, {
      serializer: (node) => node,
      maxElemsToParse: 40_000,
      keepClasses: true,
    }).parse();
    if (!parsed) return undefined;
    return { ...parsed, lines: parsed.content ? textLines(parsed.content) : [] };
  } catch {
    // Readability gives up on some hostile markup: the body text is the fallback.
    return undefined;
  } finally {
    copy.release();
  }
}

function canonicalUrl(doc: Document, url: string): string | undefined {
  const href = doc.querySelector('link[rel~="canonical"]')?.getAttribute("href") ?? metaContent(doc, "og:url");
  if (!href) return undefined;
  try {
    return new URL(href, url).href;
  } catch {
    return undefined;
  }
}

function prefixedMeta(doc: Document, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const node of Array.from(doc.querySelectorAll("meta[property], meta[name]"))) {
    const key = node.getAttribute("property") ?? node.getAttribute("name") ?? "";
    const content = clean(node.getAttribute("content"));
    if (key.toLowerCase().startsWith(prefix) && content && !(key in out)) out[key] = content.slice(0, 2000);
  }
  return out;
}

function publishedAt(doc: Document, readabilityTime: string | null | undefined): string | undefined {
  const article = ldObjects(doc).find(isArticle);
  return (
    ldDate(article?.datePublished) ??
    isoDate(metaContent(doc, "article:published_time")) ??
    isoDate(metaContent(doc, "og:article:published_time")) ??
    isoDate(readabilityTime ?? undefined) ??
    isoDate(doc.querySelector("article time[datetime], main time[datetime]")?.getAttribute("datetime") ?? undefined)
  );
}

/** Articles without date metadata print it near the headline ("Hamburg, 14. März 2025"). */
function visibleDate(doc: Document, mainLines: readonly string[]): string | undefined {
  const isArticle = doc.querySelector("article") || metaContent(doc, "og:type") === "article";
  if (!isArticle) return undefined;
  const heading = doc.querySelector("article h1, h1");
  const nearHeading = [heading?.nextElementSibling, heading?.previousElementSibling].map((node) =>
    clean(node?.textContent),
  );
  return findDate(nearHeading.join(" ")) ?? findDate(mainLines.slice(0, 6).join(" "));
}

function breadcrumbs(doc: Document): string[] {
  const list = ldObjects(doc).find((object) => ldTypes(object).includes("BreadcrumbList"));
  return asObjects(list?.itemListElement)
    .map((item) => ldText(item.name) ?? ldText(item.item))
    .filter((name): name is string => Boolean(name));
}
