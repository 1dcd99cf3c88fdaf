import Wappalyzer from "wappalyzer-core";
import { describe, expect, it } from "vitest";
import { techEngine } from "../../../lib/research/tech-data";
import { matchHtml } from "../../../lib/research/tech-html";
import { requiredLiterals } from "../../../lib/research/tech-literal";
import { saasSite, shopifySite, wordpressSite } from "./tech-pages";

describe("requiredLiterals", () => {
  it.each([
    ["<!-- Start of Async HubSpot", ["<!-- start of async hubspot"]],
    ["googletagmanager\\.com\\/ns\\.html[^>]+><\\/iframe>", ["googletagmanager.com/ns.html"]],
    ["(?:<!--GrandNode |Powered by: <a[^>]+nopcommerce)", ["<!--grandnode ", "powered by: <a"]],
    ["<input[^>]+data-stripe", ["data-stripe"]],
    ["wp-embeds?\\.min", ["wp-embed"]],
    ["abc(?:def)?ghij", ["ghij"]],
    ["x{0,3}yzw", ["yzw"]],
  ])("%s → %j", (source, literals) => {
    expect(requiredLiterals(source)).toEqual(literals);
  });

  it.each(["<[^>]+(?:id|class)=x", "ab|[cd]ef", "\\d+\\.\\d+", "(unbalanced"])("%s has none", (source) => {
    expect(requiredLiterals(source)).toBeUndefined();
  });

  it("never skips a pattern that would have matched", () => {
    const { htmlRules } = techEngine();
    // Samples: the test pages, and every pattern's own text (patterns often match themselves).
    const samples = [
      ...[saasSite, wordpressSite, shopifySite].map((doc) => doc.documentElement.outerHTML),
      htmlRules.map((rule) => rule.pattern.value).join("\n"),
    ];
    for (const html of samples) {
      const brute = htmlRules.filter((rule) => rule.pattern.regex.test(html)).map((rule) => rule.pattern);
      expect(matchHtml(html, htmlRules).map((detection) => detection.pattern)).toEqual(brute);
    }
    expect(Wappalyzer.getTechnology("HubSpot")).toBeDefined();
  });
});
