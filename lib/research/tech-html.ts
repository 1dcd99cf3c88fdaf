import Wappalyzer, { type Detection, type Pattern, type Technology } from "wappalyzer-core";
import { requiredLiterals } from "./tech-literal";

/**
 * Fingerprints over the page's markup (`html` in the data). The engine would run every
 * expression over the whole page; here each runs only when the page contains the text the
 * expression requires, which skips nearly all of them on a typical page.
 */

export interface HtmlRule {
  technology: Technology;
  pattern: Pattern;
  /** The pattern can only match a page containing one of these (lower-cased); undefined: always try. */
  literals: string[] | undefined;
}

// As in Wappalyzer's own browser extension: rows of at most 2000 characters, so `.*` in a
// pattern cannot run across a minified page, and only the start and end of a huge page.
const columns = 2000;
const headRows = 75;
const tailRows = 25;

export function compileHtmlRules(names: readonly string[]): HtmlRule[] {
  return names.flatMap((name) => {
    const technology = Wappalyzer.getTechnology(name);
    if (!technology) return [];
    return technology.html.map((pattern) => ({
      technology,
      pattern,
      literals: requiredLiterals(pattern.regex.source),
    }));
  });
}

export function matchHtml(html: string, rules: readonly HtmlRule[]): Detection[] {
  const lower = html.toLowerCase();
  return rules
    .filter(
      ({ literals, pattern }) =>
        (literals === undefined || literals.some((literal) => lower.includes(literal))) && pattern.regex.test(html),
    )
    .map(({ technology, pattern }) => ({ technology, pattern, version: Wappalyzer.resolveVersion(pattern, html) }));
}

/** The serialised page in bounded rows. */
export function pageHtml(doc: Document): string {
  const html = doc.documentElement?.outerHTML ?? "";
  const rows = Math.ceil(html.length / columns);
  const kept: string[] = [];
  for (let row = 0; row < rows; row++) {
    if (row < headRows || row >= rows - tailRows) kept.push(html.slice(row * columns, (row + 1) * columns));
  }
  return kept.join("\n");
}
