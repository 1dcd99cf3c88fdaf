import Wappalyzer, { type Detection, type PageInput, type Pattern, type Technology } from "wappalyzer-core";
import { requiredLiterals } from "./tech-literal";
import { type GateTable, gateTable, type Needle, needle, passedGates, textView } from "./tech-view";

/**
 * The engine's `analyze`, without running the patterns of all ~1300 technologies on every
 * page: a technology is run (by the engine, in its order) only when the page input can match
 * one of its patterns: its address pattern matches, or a script address, or the value of a
 * meta tag, header or cookie it names, contains the text the pattern requires.
 */

export interface InputRules {
  /** The engine's technologies, in its order; the ids below index this list. */
  technologies: readonly Technology[];
  /** Markup patterns that match an empty page (the markup is matched elsewhere): run on every page. */
  always: readonly number[];
  /** Address patterns: run when one matches, tried only when the address contains a text they need. */
  byUrl: readonly Wanted[];
  /** By lower-cased name: the technologies with patterns for it, and the text a value must contain. */
  byMeta: ReadonlyMap<string, readonly Wanted[]>;
  byHeader: ReadonlyMap<string, readonly Wanted[]>;
  byCookie: ReadonlyMap<string, readonly Wanted[]>;
  /** Text some script address must contain, and the technologies that need it. */
  byScriptText: readonly { needle: Needle; ids: number[] }[];
  /** The gates of those texts, in their order. */
  scriptGates: GateTable;
  /** Script patterns without such text: run whenever the page has scripts. */
  anyScript: readonly number[];
}

interface Wanted {
  id: number;
  /** A value must contain one of these (lower-cased); undefined: every value may match. */
  texts: readonly string[] | undefined;
}

/** Indexes the engine's technologies; it must already hold them. */
export function compileInputRules(names: readonly string[]): InputRules {
  const technologies = names.flatMap((name) => Wappalyzer.getTechnology(name) ?? []);
  const always: number[] = [];
  const byUrl: Wanted[] = [];
  const anyScript: number[] = [];
  const scriptTexts = new Map<string, number[]>();
  technologies.forEach((technology, id) => {
    if (technology.html.some((pattern) => pattern.regex.test(""))) always.push(id);
    if (technology.url.length > 0) byUrl.push({ id, texts: literalsOf(technology.url) });
    const texts = literalsOf(technology.scripts);
    if (!texts) anyScript.push(id);
    for (const text of new Set(texts)) scriptTexts.set(text, [...(scriptTexts.get(text) ?? []), id]);
  });
  const byScriptText = [...scriptTexts].map(([text, ids]) => ({ needle: needle(text), ids }));
  return {
    technologies,
    always,
    byUrl,
    byMeta: keyed(technologies, "meta"),
    byHeader: keyed(technologies, "headers"),
    byCookie: keyed(technologies, "cookies"),
    byScriptText,
    scriptGates: gateTable(byScriptText.map((entry) => [[entry.needle]])),
    anyScript,
  };
}

function keyed(technologies: readonly Technology[], kind: "meta" | "headers" | "cookies"): Map<string, Wanted[]> {
  const index = new Map<string, Wanted[]>();
  technologies.forEach((technology, id) => {
    for (const [key, patterns] of Object.entries(technology[kind])) {
      index.set(key, [...(index.get(key) ?? []), { id, texts: literalsOf(patterns) }]);
    }
  });
  return index;
}

/** Texts one of which any match of any of the patterns contains; undefined when a pattern has none. */
function literalsOf(patterns: readonly Pattern[]): string[] | undefined {
  const literals = patterns.map((pattern) => requiredLiterals(pattern.regex.source));
  return literals.every((texts) => texts !== undefined) ? literals.flat() : undefined;
}

/** The same detections, in the same order, as `Wappalyzer.analyze(input)`. */
export function analyzeInput(input: PageInput, rules: InputRules): Detection[] {
  const picked = new Set(rules.always);
  const url = input.url.toLowerCase();
  for (const { id, texts } of rules.byUrl) {
    if (texts && !texts.some((text) => url.includes(text))) continue;
    if (rules.technologies[id]?.url.some((pattern) => pattern.regex.test(input.url))) picked.add(id);
  }
  pickByValue(picked, rules.byMeta, input.meta);
  pickByValue(picked, rules.byHeader, input.headers);
  pickByValue(picked, rules.byCookie, input.cookies);
  if (input.scripts.length > 0) {
    // Patterns are case-insensitive; the view and the needles are lower-cased.
    const scripts = textView(input.scripts.join("\n"));
    const passed = passedGates(scripts, rules.scriptGates);
    for (let index = passed.indexOf(1); index >= 0; index = passed.indexOf(1, index + 1)) {
      const entry = rules.byScriptText[index];
      // The gate checked the needle's sequences; what is left is the text itself.
      if (entry && scripts.lower.includes(entry.needle.text)) for (const id of entry.ids) picked.add(id);
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

function pickByValue(
  picked: Set<number>,
  index: ReadonlyMap<string, readonly Wanted[]>,
  values: Readonly<Record<string, readonly string[]>>,
): void {
  for (const [key, list] of Object.entries(values)) {
    const wanted = index.get(key);
    if (!wanted) continue;
    // Patterns are case-insensitive; their texts are lower-cased.
    const text = list.join("\n").toLowerCase();
    for (const { id, texts } of wanted) {
      if (!texts || texts.some((found) => text.includes(found))) picked.add(id);
    }
  }
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
