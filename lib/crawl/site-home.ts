import { parseUrl } from "../research/url";

// "/de/", "/en-gb/": a site's section for one language, whose root is that language's home page.
const languageSection = /^\/([a-z]{2})((?:[-_][a-z]{2})?)(?:\/|$)/i;

/**
 * The home page of the site a page belongs to: a research started on an article or an about page reads
 * the home page's links too, as a visitor finds the site's other pages from there. Where the address
 * starts with the page's own language ("/de/blog/x" on a German page), that section's root is its home;
 * a path that merely looks like one ("/hr/jobs" on an English page) is not.
 */
export function siteHome(url: string, lang?: string): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) return undefined;
  const [, code = "", region = ""] = languageSection.exec(parsed.pathname) ?? [];
  const inOwnLanguage = code !== "" && code.toLowerCase() === lang?.slice(0, 2).toLowerCase();
  return new URL(inOwnLanguage ? `/${code}${region}/` : "/", parsed.origin).href;
}
