import { memoPerPage } from "./page-memo";

/** URL parsing that never throws: page links are often malformed. */
export function parseUrl(href: string, base?: string | URL): URL | undefined {
  try {
    return new URL(href.trim(), base);
  } catch {
    return undefined;
  }
}

/**
 * `parseUrl` for the links of a page: several extractors read the same links, so within a
 * page's research each address is parsed once. The URL is shared: read it, never change it.
 */
export function linkUrl(doc: Document, href: string, base: string | URL): URL | undefined {
  const parsed = parsedLinks(doc);
  const key = `${base}\n${href}`;
  if (parsed.has(key)) return parsed.get(key);
  const url = parseUrl(href, base);
  parsed.set(key, url);
  return url;
}

const parsedLinks = memoPerPage((_doc: Document) => new Map<string, URL | undefined>());
