import Wappalyzer, { type Detection, type ResolvedTechnology } from "wappalyzer-core";
import { analyzeInput } from "./tech-analyze";
import { type TechnologyData, techEngine } from "./tech-data";
import { matchDom } from "./tech-dom";
import { matchHtml } from "./tech-html";
import { pageInput } from "./tech-inputs";
import { markupView, pageView } from "./tech-view";
import type { ResponseHeaders, TechDetection } from "./types";

/**
 * Technographic hints: the tools a page is built with or embeds, recognised by the
 * wappalyzer fingerprints (wappalyzer-core@6.6.0 with the wappalyzer@6.9.14 data, pruned to
 * the categories that matter for B2B research by scripts/prune-technologies.mjs).
 *
 * The rule: a technology is detected when the distinct patterns it matched add up to a
 * confidence of at least 50. Most patterns are worth 100; weak hints are worth 0-25, so one
 * weak hint alone (or the same one repeated) is not a detection. Implied technologies
 * ("WooCommerce" implies "WordPress") inherit the confidence of the one implying them, and
 * one that requires another ("WooCommerce" requires "WordPress") needs it detected as well.
 */
export const minConfidence = 50;

/** `markup` is the page's source when at hand; otherwise the document is serialised. */
export function detectTechnologies(
  doc: Document,
  url: string,
  headers?: ResponseHeaders,
  markup?: string,
): TechDetection[] {
  const engine = techEngine();
  const view = markup === undefined ? pageView(doc) : markupView(markup);
  const detections = [
    ...analyzeInput(pageInput(doc, url, headers), engine.inputRules),
    ...matchHtml(view, engine.htmlRules, engine.htmlGates),
    ...matchDom(doc, view, engine.domRules, engine.domGates),
  ];
  const resolved = Wappalyzer.resolve(confidentOnly(distinct(detections))).filter(
    (technology) => technology.confidence >= minConfidence,
  );
  return withRequirementsMet(resolved, engine.technologies)
    .map(toDetection)
    .sort((a, b) => b.confidence - a.confidence || a.name.localeCompare(b.name));
}

/** One detection per pattern: a script tag repeated ten times is still one hint. */
function distinct(detections: readonly Detection[]): Detection[] {
  const seen = new Set<object>();
  return detections.filter(({ pattern }) => !seen.has(pattern) && Boolean(seen.add(pattern)));
}

function confidentOnly(detections: readonly Detection[]): Detection[] {
  const sums = new Map<string, number>();
  for (const { technology, pattern } of detections) {
    sums.set(technology.name, (sums.get(technology.name) ?? 0) + pattern.confidence);
  }
  return detections.filter(({ technology }) => (sums.get(technology.name) ?? 0) >= minConfidence);
}

/** Drops technologies whose required technology or category was not found, until none is left to drop. */
function withRequirementsMet(
  resolved: readonly ResolvedTechnology[],
  data: Readonly<Record<string, TechnologyData>>,
): ResolvedTechnology[] {
  let kept = [...resolved];
  for (;;) {
    const names = new Set(kept.map((technology) => technology.name));
    const met = kept.filter((technology) => {
      const { requires = [], requiresCategory = [] } = data[technology.name] ?? {};
      const others = kept.filter((other) => other !== technology);
      return (
        requires.every((name) => names.has(name)) &&
        requiresCategory.every((id) => others.some((other) => other.categories.some((category) => category.id === id)))
      );
    });
    if (met.length === kept.length) return met;
    kept = met;
  }
}

function toDetection(technology: ResolvedTechnology): TechDetection {
  return {
    name: technology.name,
    confidence: technology.confidence,
    categories: technology.categories.map((category) => category.name),
    version: technology.version || undefined,
  };
}
