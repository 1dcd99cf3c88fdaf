import { describe, expect, test } from "vitest";
import { siteHome } from "@/lib/crawl/site-home";

describe("siteHome", () => {
  test("is the root of the page's site", () => {
    expect(siteHome("https://www.lindenhof-software.example/blog/2025/neues-release?ref=nav")).toBe(
      "https://www.lindenhof-software.example/",
    );
  });

  test("is the root of the page's own language section", () => {
    expect(siteHome("https://lindenhof-software.example/de/ueber-uns", "de")).toBe(
      "https://lindenhof-software.example/de/",
    );
    expect(siteHome("https://lindenhof-software.example/en-gb/about", "en-GB")).toBe(
      "https://lindenhof-software.example/en-gb/",
    );
  });

  test("a path that only looks like a language is no section", () => {
    expect(siteHome("https://lindenhof-software.example/hr/jobs", "en")).toBe("https://lindenhof-software.example/");
    expect(siteHome("https://lindenhof-software.example/de/ueber-uns")).toBe("https://lindenhof-software.example/");
  });

  test("no home for what is no web address", () => {
    expect(siteHome("mailto:info@lindenhof-software.example")).toBeUndefined();
    expect(siteHome("not an address")).toBeUndefined();
  });
});
