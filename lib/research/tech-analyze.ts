import Wappalyzer, { type Detection, type PageInput, type Technology } from "wappalyzer-core";
import { requiredLiterals } from "./tech-literal";
import { contains, type Needle, needle, textView } from "./tech-view";

/**
 * The engine's `analyze`, without running the patterns of all ~1300 technologies on every
 * page: a technology is run (by the engine, in its order) only when the page input can match
 * it: the page has a meta tag, header or cookie the technology names, a script address with
 * the text one of its script patterns requires, or the technology's patterns need no input.
 */

export interface InputRules {
  /** The engine's technologies, in its order; the indexes below point into this list. */
  technologies: readonly Technology[];
  /** Markup patterns that match an empty page (the markup is matched elsewhere): run on every page. */
  always: readonly number[];
  /** Address patterns: run when one matches. */
  byUrl: readonly number[];
  byMeta: ReadonlyMap<string, number[]>;
  byHeader: ReadonlyMap<string, number[]>;
  byCookie: ReadonlyMap<string, number[]>;
  /** Text some script address must contain, and the technologies that need it. */
  byScriptText: readonly { needle: Needle; ids: number[] }[];
  /** Script patterns without such text: run whenever the page has scripts. */
  anyScript: readonly number[];
}

/** Indexes the engine's technologies; it must already hold them. */
export function compileInputRules(names: readonly string[]): InputRules {
  const technologies = names.flatMap((name) => Wappalyzer.getTechnology(name) ?? []);
  const rules = {
    technologies,
    always: [] as number[],
    byUrl: [] as number[],
    byMeta: new Map<string, number[]>(),
    byHeader: new Map<string, number[]>(),
    byCookie: new Map<string, number[]>(),
    byScriptText: [] as { needle: Needle; ids: number[] }[],
    anyScript: [] as number[],
  };
  const file = (index: Map<string, number[]>, keys: readonly string[], id: number) => {
    for (const key of new Set(keys)) index.set(key, [...(index.get(key) ?? []), id]);
  };
  const scriptTexts = new Map<string, number[]>();
  technologies.forEach((technology, id) => {
    if (technology.html.some((pattern) => pattern.regex.test(""))) rules.always.push(id);
    if (technology.url.length > 0) rules.byUrl.push(id);
    file(rules.byMeta, Object.keys(technology.meta), id);
    file(rules.byHeader, Object.keys(technology.headers), id);
    file(rules.byCookie, Object.keys(technology.cookies), id);
    const literals = technology.scripts.map((pattern) => requiredLiterals(pattern.regex.source));
    if (literals.some((texts) => texts === undefined)) rules.anyScript.push(id);
    else file(scriptTexts, literals.flat() as string[], id);
  });
  rules.byScriptText = [...scriptTexts].map(([text, ids]) => ({ needle: needle(text), ids }));
  return rules;
}

/** The same detections, in the same order, as `Wappalyzer.analyze(input)`. */
export function analyzeInput(input: PageInput, rules: InputRules): Detection[] {
  const picked = new Set(rules.always);
  const pick = (index: ReadonlyMap<string, number[]>, keys: Iterable<string>) => {
    for (const key of keys) for (const id of index.get(key) ?? []) picked.add(id);
  };
  for (const id of rules.byUrl) {
    if (rules.technologies[id]?.url.some((pattern) => pattern.regex.test(input.url))) picked.add(id);
  }
  pick(rules.byMeta, Object.keys(input.meta));
  pick(rules.byHeader, Object.keys(input.headers));
  pick(rules.byCookie, Object.keys(input.cookies));
  if (input.scripts.length > 0) {
    // Patterns are case-insensitive; the view and the needles are lower-cased.
    const scripts = textView(input.scripts.join("\n"));
    for (const { needle: text, ids } of rules.byScriptText) {
      if (contains(scripts, text)) for (const id of ids) picked.add(id);
    }
    for (const id of rules.anyScript) picked.add(id);
  }
  return [...picked]
    .sort((a, b) => a - b)
    .flatMap((id) => {
      const technology = rules.technologies[id];
      return technology ? analyzeTechnology(technology, input) : [];
    });
}

/** The engine's steps for one technology, in its order; the data has none of the kinds it skips here. */
function analyzeTechnology(technology: Technology, input: PageInput): Detection[] {
  return [
    ...Wappalyzer.analyzeOneToOne(technology, "url", input.url),
    ...Wappalyzer.analyzeOneToOne(technology, "html", input.html),
    ...Wappalyzer.analyzeOneToMany(technology, "scripts", input.scripts),
    ...Wappalyzer.analyzeManyToMany(technology, "cookies", input.cookies),
    ...Wappalyzer.analyzeManyToMany(technology, "meta", input.meta),
    ...Wappalyzer.analyzeManyToMany(technology, "headers", input.headers),
  ];
}
