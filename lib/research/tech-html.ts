import Wappalyzer, { type Detection, type Pattern, type Technology } from "wappalyzer-core";
import { requiredLiterals } from "./tech-literal";
import { contains, type Needle, needle, type PageView } from "./tech-view";

/**
 * Fingerprints over the page's markup (`html` in the data). The engine would run every
 * expression over the whole page; here each runs only when the page contains the text the
 * expression requires, which rules out nearly all of them on a typical page.
 */

export interface HtmlRule {
  technology: Technology;
  pattern: Pattern;
  /** The pattern can only match a page containing one of these; undefined: always try. */
  needles: Needle[] | undefined;
}

export function compileHtmlRules(names: readonly string[]): HtmlRule[] {
  return names.flatMap((name) => {
    const technology = Wappalyzer.getTechnology(name);
    if (!technology) return [];
    return technology.html.map((pattern) => ({
      technology,
      pattern,
      needles: requiredLiterals(pattern.regex.source)?.map(needle),
    }));
  });
}

export function matchHtml(view: PageView, rules: readonly HtmlRule[]): Detection[] {
  const { html } = view;
  return rules
    .filter(
      ({ needles, pattern }) =>
        (needles === undefined || needles.some((text) => contains(view, text))) && pattern.regex.test(html),
    )
    .map(({ technology, pattern }) => ({ technology, pattern, version: Wappalyzer.resolveVersion(pattern, html) }));
}
