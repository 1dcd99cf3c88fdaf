import Wappalyzer, { type Detection, type Pattern, type Technology } from "wappalyzer-core";
import type { DomSelectorRule, TechnologyData } from "./tech-data";
import { requiredLiterals } from "./tech-literal";
import {
  type GateTable,
  gateTable,
  meets,
  type Needle,
  needle,
  type PageView,
  passedGates,
  type Requirement,
} from "./tech-view";

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
  /**
   * What the markup must contain for the rule to detect anything, one requirement per selector
   * of its list: that selector's names and values, and the text its patterns need.
   */
  alternatives: Requirement[];
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
  const exists = parse(rule.exists);
  const text = parse(rule.text);
  const attributes = Object.entries(rule.attributes ?? {}).map(
    ([attribute, pattern]) => [attribute, Wappalyzer.parsePattern(pattern)] as const,
  );
  // Without `exists`, a match of the selector detects nothing unless a pattern matches too. An
  // attribute's value stands in the markup as one piece; an element's text may not (`Pay<b>Pal</b>`).
  const patternText = exists || text ? undefined : patternsNeed(attributes.map(([, pattern]) => pattern));
  const alternatives = selectorTokens(selector).map((tokens) => [
    ...tokens.map((token) => [needle(token)]),
    ...(patternText ? [patternText] : []),
  ]);
  return { technology, selector, exists, text, attributes, alternatives };
}

/**
 * Per selector of a list, the names and values an element matching it shows in the markup: its
 * element name, ids, classes, attribute names and values. Functional pseudo-classes (`:not(.x)`)
 * are left out, as their contents need not be there, and so are texts with characters that
 * markup may escape.
 */
function selectorTokens(selectorList: string): string[][] {
  const tokens =
    /#([\w-]+)|\.([\w-]+)|\[\s*([\w-]+)\s*(?:[~|^$*]?=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+)))?[^\]]*\]|(?:^|[\s>+~])([a-zA-Z][\w-]*)/g;
  return topLevelParts(selectorList.replace(/:[\w-]+\((?:[^()]|\([^()]*\))*\)/g, "")).map((selector) =>
    [...selector.matchAll(tokens)]
      .flatMap((match) => match.slice(1).filter((token) => token !== undefined))
      .filter((token) => token.length >= minNeedle && !escapable.test(token)),
  );
}

/** Needles one of which the markup must contain, when every pattern requires text; undefined otherwise. */
function patternsNeed(patterns: readonly Pattern[]): Needle[] | undefined {
  const texts = patterns.map((pattern) => requiredLiterals(pattern.regex.source));
  if (patterns.length === 0 || texts.some((found) => !found || found.some((text) => escapable.test(text)))) {
    return undefined;
  }
  return texts.flatMap((found) => found ?? []).map(needle);
}

// Shorter texts say little about a page; markup escapes these characters (and may any as an entity).
const minNeedle = 3;
const escapable = /[&"'<>\u00a0]/;

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

/** The rules' alternatives in one table, and for each alternative the index of its rule. */
export interface DomGates {
  table: GateTable;
  ruleOf: Uint32Array;
}

export function domGates(rules: readonly DomRule[]): DomGates {
  return {
    table: gateTable(rules.flatMap((rule) => rule.alternatives)),
    ruleOf: Uint32Array.from(rules.flatMap((rule, index) => rule.alternatives.map(() => index))),
  };
}

/**
 * Detections from elements of the page; each pattern counts once however many elements match it.
 * `gates` is the table of the rules' alternatives, rule after rule (see tech-data.ts).
 */
export function matchDom(doc: Document, view: PageView, rules: readonly DomRule[], gates: DomGates): Detection[] {
  const passed = passedGates(view, gates.table);
  const detections: Detection[] = [];
  // From one passed alternative to the next by a native search: most have not passed.
  let last: DomRule | undefined;
  for (let index = passed.indexOf(1); index >= 0; index = passed.indexOf(1, index + 1)) {
    const rule = rules[gates.ruleOf[index] ?? 0];
    if (!rule || rule === last) continue;
    last = rule;
    if (rule.alternatives.some((clauses) => meets(view, clauses))) detections.push(...detect(doc, rule));
  }
  return detections;
}

/** What one rule detects from the first elements its selector matches. */
function detect(doc: Document, rule: DomRule): Detection[] {
  const nodes = select(doc, rule.selector);
  if (nodes.length === 0) return [];
  const detection = (pattern: Pattern, value: string): Detection => ({
    technology: rule.technology,
    pattern,
    version: Wappalyzer.resolveVersion(pattern, value),
  });
  const found: Detection[] = [];
  if (rule.exists) found.push(detection(rule.exists, ""));
  const { text } = rule;
  if (text) {
    const value = nodes.map(textOf).find((candidate) => candidate && text.regex.test(candidate));
    if (value) found.push(detection(text, value));
  }
  for (const [attribute, pattern] of rule.attributes) {
    const value = nodes.map((node) => node.getAttribute(attribute)).find((v) => v !== null && pattern.regex.test(v));
    if (value != null) found.push(detection(pattern, value));
  }
  return found;
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
