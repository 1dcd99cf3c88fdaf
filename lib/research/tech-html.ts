import Wappalyzer, { type Detection, type Pattern, type Technology } from "wappalyzer-core";
import { requiredClauses } from "./tech-literal";
import { contains, type GateTable, mayContain, type Needle, needle, type PageView, passedGates } from "./tech-view";

/**
 * Fingerprints over the page's markup (`html` in the data). The engine would run every
 * expression over the whole page; here each runs only when the page contains the text the
 * expression requires, which rules out nearly all of them on a typical page.
 */

export interface HtmlRule {
  technology: Technology;
  pattern: Pattern;
  /** The pattern can only match a page containing one needle of each clause; undefined: always try. */
  clauses: Needle[][] | undefined;
  /** The clause with fewest needles, whose gate most pages fail at once. */
  gate: Needle[] | undefined;
}

export function compileHtmlRules(names: readonly string[]): HtmlRule[] {
  return names.flatMap((name) => {
    const technology = Wappalyzer.getTechnology(name);
    if (!technology) return [];
    return technology.html.map((pattern) => {
      const clauses = requiredClauses(pattern.regex.source)?.map((clause) => clause.map(needle));
      const narrowest = clauses?.reduce((best, clause) => (clause.length < best.length ? clause : best));
      return { technology, pattern, clauses, gate: narrowest };
    });
  });
}

/** `gates` is the table of the rules' gates (see tech-data.ts). */
export function matchHtml(view: PageView, rules: readonly HtmlRule[], gates: GateTable): Detection[] {
  const { html } = view;
  // The page's index rules out most patterns before any search of its text.
  const passed = passedGates(view, gates);
  const possible = (clauses: Needle[][], check: typeof contains) =>
    clauses.every((clause) => clause.some((text) => check(view, text)));
  return rules
    .filter(
      ({ clauses, pattern }, index) =>
        passed[index] === 1 &&
        (clauses === undefined || (possible(clauses, mayContain) && possible(clauses, contains))) &&
        pattern.regex.test(html),
    )
    .map(({ technology, pattern }) => ({ technology, pattern, version: Wappalyzer.resolveVersion(pattern, html) }));
}
