import { describe, expect, it } from "vitest";
import { extractCompany } from "../../../lib/research/company";
import { parseHtml } from "./fixtures";

describe("a theme's placeholder in the title", () => {
  it.each(["Referenzen | Your Website", "Über uns – Ihre Firma", "About | Site Title"])(
    "names no company: %s",
    (title) => {
      const url = "https://www.kranwerk.example/referenzen";
      const doc = parseHtml(`<html><head><title>${title}</title></head><body><h1>Projekte</h1></body></html>`, url);
      expect(extractCompany(doc, url).name).toBe("Kranwerk");
    },
  );
});

describe("a site on a host that gives each customer its own name in front of its domain", () => {
  it.each([
    ["https://kranich-robotik.vercel.app/", "Kranich Robotik"],
    ["https://moewe.framer.ai/", "Moewe"],
  ])("names the company by the site, not the host: %s", (url, name) => {
    const doc = parseHtml(`<html><head><title>Home</title></head><body><h1>Willkommen</h1></body></html>`, url);
    expect(extractCompany(doc, url).name).toBe(name);
  });
});
