import Wappalyzer, { type Detection, type Pattern, type Technology } from "wappalyzer-core";
import type { DomSelectorRule, TechnologyData } from "./tech-data";
import { contains, type GateTable, type Needle, needle, type PageView, passedGates } from "./tech-view";

/**
 * Fingerprints that look at elements (`dom` in the data): wappalyzer-core leaves these to
 * its browser driver, so they are matched here, with the engine's own pattern parser.
 */

export interface DomRule {
  technology: Technology;
  selector: string;
  exists?: Pattern;
  text?: Pattern;
  attributes: readonly (readonly [string, Pattern])[];
  /** The selector can only match a page whose markup contains one of these; undefined: always query. */
  needles: Needle[] | undefined;
}

// Enough elements to see a pattern, few enough to stay fast on pages with thousands of matches.
const maxNodesPerSelector = 20;
const maxTextLength = 1000;

/** Parses every selector rule once; the engine must already hold the technologies. */
export function compileDomRules(technologies: Readonly<Record<string, TechnologyData>>): DomRule[] {
  return Object.entries(technologies).flatMap(([name, data]) => {
    const technology = Wappalyzer.getTechnology(name);
    if (!technology || !data.dom) return [];
    return Object.entries(data.dom).map(([selector, rule]) => compileRule(technology, selector, rule));
  });
}

function compileRule(technology: Technology, selector: string, rule: DomSelectorRule): DomRule {
  const parse = (pattern: string | undefined) => (pattern === undefined ? undefined : Wappalyzer.parsePattern(pattern));
  const needles = selectorNeedles(selector);
  return {
    technology,
    selector,
    exists: parse(rule.exists),
    text: parse(rule.text),
    attributes: Object.entries(rule.attributes ?? {}).map(([attribute, pattern]) => [
      attribute,
      Wappalyzer.parsePattern(pattern),
    ]),
    needles,
  };
}

/**
 * One needle per selector of a list: its longest id, class, attribute name or value, which the
 * serialised markup must contain for an element to match. Functional pseudo-classes
 * (`:not(.x)`) are left out, as their contents need not be there.
 */
function selectorNeedles(selectorList: string): Needle[] | undefined {
  const tokens = /#([\w-]+)|\.([\w-]+)|\[\s*([\w-]+)\s*(?:[~|^$*]?=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+)))?/g;
  const needles = topLevelParts(selectorList.replace(/:[\w-]+\((?:[^()]|\([^()]*\))*\)/g, "")).map((selector) => {
    const found = [...selector.matchAll(tokens)].flatMap((match) =>
      match.slice(1).filter((token) => token !== undefined),
    );
    // Serialisation escapes these characters, so text containing them is not found verbatim.
    const best = found.filter((token) => !/[&"<>\u00a0]/.test(token)).sort((a, b) => b.length - a.length)[0];
    return best && best.length >= 3 ? needle(best) : undefined;
  });
  return needles.every((found) => found !== undefined) ? needles : undefined;
}

/** Splits a selector list at the commas outside brackets, parentheses and quotes. */
function topLevelParts(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list.charAt(i);
    if (quote) quote = char === quote ? "" : quote;
    else if (char === '"' || char === "'") quote = char;
    else if (char === "[" || char === "(") depth++;
    else if (char === "]" || char === ")") depth--;
    else if (char === "," && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, list.slice(start)];
}

/**
 * Detections from elements of the page; each pattern counts once however many elements match it.
 * `gates` is the table of the rules' needles (see tech-data.ts).
 */
export function matchDom(doc: Document, view: PageView, rules: readonly DomRule[], gates: GateTable): Detection[] {
  const passed = passedGates(view, gates);
  return rules.flatMap((rule, index) => {
    if (passed[index] !== 1) return [];
    if (rule.needles && !rule.needles.some((text) => contains(view, text))) return [];
    const nodes = select(doc, rule.selector);
    if (nodes.length === 0) return [];
    const detect = (pattern: Pattern, value: string): Detection => ({
      technology: rule.technology,
      pattern,
      version: Wappalyzer.resolveVersion(pattern, value),
    });
    const found: Detection[] = [];
    if (rule.exists) found.push(detect(rule.exists, ""));
    const { text } = rule;
    if (text) {
      const value = nodes.map(textOf).find((candidate) => candidate && text.regex.test(candidate));
      if (value) found.push(detect(text, value));
    }
    for (const [attribute, pattern] of rule.attributes) {
      const value = nodes.map((node) => node.getAttribute(attribute)).find((v) => v !== null && pattern.regex.test(v));
      if (value != null) found.push(detect(pattern, value));
    }
    return found;
  });
}

function select(doc: Document, selector: string): Element[] {
  try {
    // Only the first few are read: the others are never handed to script (which would wrap each).
    const found = doc.querySelectorAll(selector);
    const nodes: Element[] = [];
    for (let index = 0; index < found.length && index < maxNodesPerSelector; index++) {
      const node = found.item(index);
      if (node) nodes.push(node);
    }
    return nodes;
  } catch {
    // A selector this DOM implementation does not support matches nothing.
    return [];
  }
}

function textOf(node: Element): string {
  return (node.textContent ?? "").trim().slice(0, maxTextLength);
}
