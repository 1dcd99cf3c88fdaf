#!/usr/bin/env node
/**
 * Writes the technology fingerprints the extension bundles: the wappalyzer@6.9.14 data
 * (MIT; never the GPL-3.0 releases 6.10+) pruned to the categories that matter for B2B
 * research and to the fields a parsed page can be matched on. Runs on `npm install`
 * (postinstall), so a fresh clone has the file before typecheck, tests and build.
 *
 * Output: .wxt/generated/technologies.json (gitignored, outside lint), in the vocabulary of
 * wappalyzer-core@6.6.0: its `scripts` are script addresses (6.9's `scriptSrc`).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { supplements } from "./lib/technology-supplements.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "node_modules/wappalyzer");
const target = join(root, ".wxt/generated/technologies.json");

/** Category ids of categories.json kept for B2B research (the names must match, see below). */
export const keptCategories = {
  1: "CMS",
  6: "Ecommerce",
  10: "Analytics",
  12: "JavaScript frameworks",
  13: "Issue trackers",
  14: "Video players",
  18: "Web frameworks",
  31: "CDN",
  32: "Marketing automation",
  41: "Payment processors",
  42: "Tag managers",
  51: "Page builders",
  52: "Live chat",
  53: "CRM",
  58: "User onboarding",
  62: "PaaS",
  63: "IaaS",
  67: "Cookie compliance",
  72: "Appointment scheduling",
  73: "Surveys",
  74: "A/B Testing",
  75: "Email",
  76: "Personalisation",
  77: "Retargeting",
  85: "Feature management",
  86: "Segmentation",
  88: "Hosting",
  97: "Customer data platform",
  101: "Recruitment & staffing",
};

// Public CDNs for open-source libraries: anyone links files from them, so they say nothing
// about the company's vendors (the rest of category 31 "CDN" does: Cloudflare, Fastly, Akamai…).
export const excludedTechnologies = [
  "cdnjs",
  "Google Hosted Libraries",
  "jQuery CDN",
  "jsDelivr",
  "Microsoft Ajax Content Delivery Network",
  "Statically",
  "Unpkg",
];

// Fields a page fetched and parsed without running its scripts can be matched on
// (`js`, `dns`, `xhr`, `text` and script contents need a live page or other sources).
const pageFields = ["url", "html", "scriptSrc", "meta", "headers", "cookies", "dom"];

const toArray = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const nameOf = (entry) => String(entry).split("\\;")[0];

function readSource() {
  const categories = JSON.parse(readFileSync(join(source, "categories.json"), "utf8"));
  const technologies = {};
  const dir = join(source, "technologies");
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".json"))) {
    Object.assign(technologies, JSON.parse(readFileSync(join(dir, file), "utf8")));
  }
  return { categories, technologies };
}

/** One shape for `dom`: selector → { exists | text | attributes }; `properties` needs live scripts. */
function normaliseDom(dom) {
  if (dom === undefined) return undefined;
  const entries =
    typeof dom === "string" || Array.isArray(dom)
      ? toArray(dom).map((selector) => [selector, { exists: "" }])
      : Object.entries(dom).map(([selector, { exists, text, attributes }]) => [selector, { exists, text, attributes }]);
  const kept = entries
    .map(([selector, rule]) => [selector, Object.fromEntries(Object.entries(rule).filter(([, v]) => v !== undefined))])
    .filter(([, rule]) => Object.keys(rule).length > 0);
  return kept.length ? Object.fromEntries(kept) : undefined;
}

function withSupplement(name, technology) {
  const extra = supplements[name];
  if (!extra) return technology;
  return {
    ...technology,
    scriptSrc: [...toArray(technology.scriptSrc), ...toArray(extra.scriptSrc)],
    html: extra.html ? [...toArray(technology.html), ...toArray(extra.html)] : technology.html,
    dom: { ...normaliseDom(technology.dom), ...extra.dom },
  };
}

/** The page-level patterns of one technology, in the engine's vocabulary. */
function pagePatterns(technology) {
  const patterns = {
    url: technology.url,
    html: technology.html,
    scripts: technology.scriptSrc,
    meta: technology.meta,
    headers: technology.headers,
    cookies: technology.cookies,
    dom: normaliseDom(technology.dom),
  };
  return Object.fromEntries(Object.entries(patterns).filter(([, value]) => value !== undefined));
}

export function prune({ categories, technologies }) {
  for (const [id, name] of Object.entries(keptCategories)) {
    if (categories[id]?.name !== name)
      throw new Error(`Category ${id} is "${categories[id]?.name}", expected "${name}"`);
  }
  const inCategory = (technology) => technology.cats.some((id) => id in keptCategories);
  const candidates = new Map(
    Object.entries(technologies)
      .filter(([name, technology]) => inCategory(technology) && !excludedTechnologies.includes(name))
      .map(([name, technology]) => [name, withSupplement(name, technology)])
      .filter(([, technology]) => pageFields.some((field) => technology[field] !== undefined)),
  );
  // A technology that requires one we do not keep could never be confirmed.
  let removed = true;
  while (removed) {
    removed = false;
    for (const [name, technology] of candidates) {
      if (toArray(technology.requires).every((required) => candidates.has(nameOf(required)))) continue;
      candidates.delete(name);
      removed = true;
    }
  }
  const known = (list) => toArray(list).filter((entry) => candidates.has(nameOf(entry)));
  const out = {};
  for (const [name, technology] of [...candidates].sort(([a], [b]) => a.localeCompare(b))) {
    const links = {
      implies: known(technology.implies),
      excludes: known(technology.excludes),
      requires: toArray(technology.requires),
      requiresCategory: toArray(technology.requiresCategory).filter((id) => id in keptCategories),
    };
    out[name] = {
      cats: technology.cats.filter((id) => id in keptCategories),
      ...pagePatterns(technology),
      ...Object.fromEntries(Object.entries(links).filter(([, list]) => list.length > 0)),
    };
  }
  const keptCategoryData = Object.fromEntries(
    Object.keys(keptCategories).map((id) => [id, { name: categories[id].name, priority: categories[id].priority }]),
  );
  return { source: "wappalyzer@6.9.14", categories: keptCategoryData, technologies: out };
}

function main() {
  const version = JSON.parse(readFileSync(join(source, "package.json"), "utf8")).version;
  if (version !== "6.9.14") throw new Error(`Expected wappalyzer 6.9.14 (MIT), found ${version}`);
  const text = JSON.stringify(prune(readSource()));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const count = Object.keys(JSON.parse(text).technologies).length;
  console.log(`technologies: ${count} written to ${target} (${kb(text.length)}, ${kb(gzipSync(text).length)} gzip)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
