import Wappalyzer, { type Detection, type Pattern, type Technology } from "wappalyzer-core";
import { requiredClauses } from "./tech-literal";
import { type GateTable, meets, needle, type PageView, passedGates, type Requirement } from "./tech-view";

/**
 * Fingerprints over the page's markup (`html` in the data). The engine would run every
 * expression over the whole page; here each runs only when the page contains the text the
 * expression requires, which rules out nearly all of them on a typical page.
 */

export interface HtmlRule {
  technology: Technology;
  pattern: Pattern;
  /** The pattern can only match a page that meets this; undefined: always try. */
  clauses: Requirement;
}

export function compileHtmlRules(names: readonly string[]): HtmlRule[] {
  return names.flatMap((name) => {
    const technology = Wappalyzer.getTechnology(name);
    if (!technology) return [];
    return technology.html.map((pattern) => ({
      technology,
      pattern,
      clauses: requiredClauses(pattern.regex.source)?.map((clause) => clause.map(needle)),
    }));
  });
}

/** `gates` is the table of the rules' clauses (see tech-data.ts). */
export function matchHtml(view: PageView, rules: readonly HtmlRule[], gates: GateTable): Detection[] {
  const { html } = view;
  // The page's index rules out most patterns before any search of its text.
  const passed = passedGates(view, gates);
  const detections: Detection[] = [];
  // From one passed rule to the next by a native search: most rules have not passed.
  for (let index = passed.indexOf(1); index >= 0; index = passed.indexOf(1, index + 1)) {
    const rule = rules[index];
    if (!rule || !meets(view, rule.clauses) || !rule.pattern.regex.test(html)) continue;
    const { technology, pattern } = rule;
    detections.push({ technology, pattern, version: Wappalyzer.resolveVersion(pattern, html) });
  }
  return detections;
}
