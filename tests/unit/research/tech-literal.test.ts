import { describe, expect, it } from "vitest";
import { techEngine } from "../../../lib/research/tech-data";
import { matchHtml } from "../../../lib/research/tech-html";
import { requiredLiterals } from "../../../lib/research/tech-literal";
import { contains, markupView, mayContain, needle, pageView } from "../../../lib/research/tech-view";
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
    // A group that must match offers its alternatives; the most selective choice wins.
    [
      "<[^>]+(?:https?:)?\\/\\/(?:assets|images)\\.(?:ct?fassets\\.net|contentful\\.com)",
      ["fassets.net", "contentful.com"],
    ],
  ])("%s → %j", (source, literals) => {
    expect(requiredLiterals(source)).toEqual(literals);
  });

  it.each(["<[^>]+(?:id|class)=x", "ab|[cd]ef", "\\d+\\.\\d+", "(unbalanced"])("%s has none", (source) => {
    expect(requiredLiterals(source)).toBeUndefined();
  });
});

describe("page view needles", () => {
  it("checks the text's four-character sequences, then the text", () => {
    expect(needle("<!-- Start of Async HubSpot").text).toBe("<!-- start of async hubspot");
    expect(needle("data-stripe").quads).toHaveLength("data-stripe".length - 3);
    const view = markupView('<input data-stripe="number"><!-- Start of Async HubSpot -->');
    expect(mayContain(view, needle("Async HubSpot"))).toBe(true);
    expect(mayContain(view, needle("data-stripes"))).toBe(false);
    expect(contains(view, needle("data-stripe"))).toBe(true);
    expect(contains(view, needle("<!-- start of async hubspot"))).toBe(true);
    expect(contains(view, needle("data-stripes"))).toBe(false);
    expect(contains(view, needle("start of sync"))).toBe(false);
  });
});

describe("pre-checks never skip a fingerprint that would have matched", () => {
  const pages = [saasSite, wordpressSite, shopifySite];

  it("for markup patterns", () => {
    const { htmlRules, htmlGates } = techEngine();
    // Samples: the test pages, and every pattern's own text (patterns often match themselves).
    const views = [...pages.map(pageView), markupView(htmlRules.map((rule) => rule.pattern.value).join("\n"))];
    for (const view of views) {
      const brute = htmlRules.filter((rule) => rule.pattern.regex.test(view.html)).map((rule) => rule.pattern);
      expect(matchHtml(view, htmlRules, htmlGates).map((detection) => detection.pattern)).toEqual(brute);
    }
  });

  it("for element selectors", () => {
    const { domRules } = techEngine();
    for (const doc of pages) {
      const view = pageView(doc);
      const present = domRules.filter((rule) => {
        try {
          return doc.querySelector(rule.selector) !== null;
        } catch {
          return false;
        }
      });
      for (const rule of present) {
        expect(rule.needles?.some((text) => contains(view, text)) ?? true, rule.selector).toBe(true);
      }
    }
  });
});
