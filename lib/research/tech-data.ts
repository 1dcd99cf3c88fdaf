import Wappalyzer from "wappalyzer-core";
import { z } from "zod";
// Generated on `npm install` by scripts/prune-technologies.mjs (postinstall) from wappalyzer@6.9.14.
// If this import cannot be resolved, run `node scripts/prune-technologies.mjs`.
import generated from "../../.wxt/generated/technologies.json";
import { compileInputRules, type InputRules } from "./tech-analyze";
import { compileDomRules, type DomGates, type DomRule, domGates } from "./tech-dom";
import { compileHtmlRules, type HtmlRule } from "./tech-html";
import { type GateTable, gateTable } from "./tech-view";

/** The bundled fingerprints, validated once, loaded into the engine once (its patterns compile there). */

const patterns = z.union([z.string(), z.array(z.string())]);
const patternMap = z.record(z.string(), patterns);

export const domSelectorRuleSchema = z.object({
  exists: z.string().optional(),
  text: z.string().optional(),
  attributes: z.record(z.string(), z.string()).optional(),
});
export type DomSelectorRule = z.infer<typeof domSelectorRuleSchema>;

const technologySchema = z.strictObject({
  cats: z.array(z.number().int()).min(1),
  url: patterns.optional(),
  html: patterns.optional(),
  scripts: patterns.optional(),
  meta: patternMap.optional(),
  headers: patternMap.optional(),
  cookies: patternMap.optional(),
  dom: z.record(z.string(), domSelectorRuleSchema).optional(),
  implies: z.array(z.string()).optional(),
  excludes: z.array(z.string()).optional(),
  requires: z.array(z.string()).optional(),
  requiresCategory: z.array(z.number().int()).optional(),
});
export type TechnologyData = z.infer<typeof technologySchema>;

export const technologyDataSchema = z.object({
  source: z.literal("wappalyzer@6.9.14"),
  categories: z.record(z.string(), z.object({ name: z.string(), priority: z.number() })),
  technologies: z.record(z.string(), technologySchema),
});

export interface TechEngine {
  technologies: Readonly<Record<string, TechnologyData>>;
  domRules: readonly DomRule[];
  domGates: DomGates;
  htmlRules: readonly HtmlRule[];
  htmlGates: GateTable;
  inputRules: InputRules;
}

let loaded: TechEngine | undefined;

/** Loads the data on first use: pages that never need it do not pay for it. */
export function techEngine(): TechEngine {
  if (loaded) return loaded;
  const parsed = technologyDataSchema.safeParse(generated);
  if (!parsed.success) {
    throw new Error(
      `Technology data is malformed: rerun \`node scripts/prune-technologies.mjs\` (${parsed.error.message})`,
    );
  }
  const { categories, technologies } = parsed.data;
  Wappalyzer.setCategories(categories);
  // The engine matches everything but `dom` itself; its dom reader lower-cases selectors, ours does not.
  Wappalyzer.setTechnologies(
    Object.fromEntries(Object.entries(technologies).map(([name, { dom, ...rest }]) => [name, rest])),
  );
  const domRules = compileDomRules(technologies);
  const htmlRules = compileHtmlRules(Object.keys(technologies).filter((name) => technologies[name]?.html));
  loaded = {
    technologies,
    domRules,
    domGates: domGates(domRules),
    htmlRules,
    htmlGates: gateTable(htmlRules.map((rule) => rule.clauses)),
    inputRules: compileInputRules(Object.keys(technologies)),
  };
  return loaded;
}
