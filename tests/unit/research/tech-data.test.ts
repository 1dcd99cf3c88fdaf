import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import generated from "../../../.wxt/generated/technologies.json";
import { technologyDataSchema } from "../../../lib/research/tech-data";

/** The pruned fingerprints that scripts/prune-technologies.mjs writes on install. */

const data = technologyDataSchema.parse(generated);
const source = join(__dirname, "../../../node_modules/wappalyzer");
const original: Record<string, { cats: number[] }> = Object.assign(
  {},
  ...readdirSync(join(source, "technologies"))
    .filter((file) => file.endsWith(".json"))
    .map((file) => JSON.parse(readFileSync(join(source, "technologies", file), "utf8"))),
);

describe("pruned technology data", () => {
  it("comes from the MIT-licensed wappalyzer 6.9.14", () => {
    expect(JSON.parse(readFileSync(join(source, "package.json"), "utf8"))).toMatchObject({
      version: "6.9.14",
      license: "MIT",
    });
    expect(data.source).toBe("wappalyzer@6.9.14");
  });

  it("keeps the B2B categories", () => {
    const names = Object.values(data.categories).map((category) => category.name);
    for (const name of ["CRM", "Marketing automation", "Analytics", "Tag managers", "Live chat", "CMS", "PaaS"]) {
      expect(names).toContain(name);
    }
    expect(names).not.toContain("WordPress plugins");
  });

  it("holds no technology outside the chosen categories", () => {
    const kept = new Set(Object.keys(data.categories).map(Number));
    for (const [name, technology] of Object.entries(data.technologies)) {
      expect(
        technology.cats.every((id) => kept.has(id)),
        name,
      ).toBe(true);
      expect(
        original[name]?.cats.some((id) => kept.has(id)),
        name,
      ).toBe(true);
    }
  });

  it("leaves out the public library CDNs", () => {
    for (const name of ["cdnjs", "jsDelivr", "Unpkg", "jQuery CDN"])
      expect(data.technologies).not.toHaveProperty([name]);
    expect(data.technologies).toHaveProperty(["Cloudflare"]);
  });

  it("links only to technologies it holds", () => {
    const known = (name: string) => (name.split("\\;")[0] as string) in data.technologies;
    for (const [name, technology] of Object.entries(data.technologies)) {
      const links = [...(technology.implies ?? []), ...(technology.excludes ?? []), ...(technology.requires ?? [])];
      expect(
        links.filter((link) => !known(link)),
        name,
      ).toEqual([]);
    }
  });

  it("stays small", () => {
    const text = JSON.stringify(generated);
    expect(Object.keys(data.technologies).length).toBeGreaterThan(500);
    expect(text.length).toBeLessThan(200_000);
    expect(gzipSync(text).length).toBeLessThan(60_000);
  });
});
