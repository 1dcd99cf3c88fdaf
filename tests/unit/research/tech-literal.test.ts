import { describe, expect, it } from "vitest";
import type { Detection, Pattern } from "wappalyzer-core";
import { techEngine } from "../../../lib/research/tech-data";
import { type DomRule, matchDom } from "../../../lib/research/tech-dom";
import { matchHtml } from "../../../lib/research/tech-html";
import { requiredLiterals } from "../../../lib/research/tech-literal";
import { contains, markupView, mayContain, needle, pageView } from "../../../lib/research/tech-view";
import { fixtureCases, loadFixture } from "./fixtures";
import { page, saasSite, shopifySite, wordpressSite } from "./tech-pages";

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
    const { domRules, domGates } = techEngine();
    // Samples: the test pages and the site fixtures; the selector list of every rule is queried as such.
    const docs = [...pages, ...fixtureCases().map((name) => loadFixture(name).doc)];
    for (const doc of docs) {
      const view = pageView(doc);
      const gated = matchDom(doc, view, domRules, domGates).map((detection) => detection.pattern);
      expect(gated).toEqual(bruteDom(doc, domRules).map((detection) => detection.pattern));
    }
  });

  it("for element texts split across child elements", () => {
    const { domRules, domGates } = techEngine();
    // PayPal's rule reads a button's text: "Pay" and "Pal" are apart in the markup, together in the text.
    const doc = page("", "<button>Pay<b>Pal</b></button>");
    const found = matchDom(doc, pageView(doc), domRules, domGates).map((detection) => detection.technology.name);
    expect(found).toContain("PayPal");
    expect(found).toEqual(bruteDom(doc, domRules).map((detection) => detection.technology.name));
  });

  it("for element selectors whose names and values the page shows, but never together", () => {
    const { domRules, domGates } = techEngine();
    // Afterpay's "[aria-label='Afterpay']": an aria-label elsewhere and the word "afterpay" in a text.
    const doc = page("", '<button aria-label="Menu">≡</button><p>We do not use afterpay.</p>');
    const view = pageView(doc);
    const afterpay = domRules.find((rule) => rule.technology.name === "Afterpay");
    expect(afterpay?.alternatives.length).toBeGreaterThan(1);
    expect(matchDom(doc, view, domRules, domGates).map((detection) => detection.technology.name)).not.toContain(
      "Afterpay",
    );
    const withLabel = page("", '<img aria-label="Afterpay" src="/ap.svg">');
    expect(
      matchDom(withLabel, pageView(withLabel), domRules, domGates).map((detection) => detection.technology.name),
    ).toContain("Afterpay");
  });
});

/** The rules without any pre-check: every selector queried, every pattern tried. */
function bruteDom(doc: Document, rules: readonly DomRule[]): Detection[] {
  return rules.flatMap((rule) => {
    let nodes: Element[] = [];
    try {
      nodes = Array.from(doc.querySelectorAll(rule.selector)).slice(0, 20);
    } catch {
      return [];
    }
    if (nodes.length === 0) return [];
    const detection = (pattern: Pattern): Detection => ({ technology: rule.technology, pattern, version: "" });
    const found: Detection[] = rule.exists ? [detection(rule.exists)] : [];
    const { text } = rule;
    if (text && nodes.some((node) => text.regex.test((node.textContent ?? "").trim().slice(0, 1000)))) {
      found.push(detection(text));
    }
    for (const [attribute, pattern] of rule.attributes) {
      if (
        nodes.some(
          (node) => node.getAttribute(attribute) !== null && pattern.regex.test(node.getAttribute(attribute) ?? ""),
        )
      ) {
        found.push(detection(pattern));
      }
    }
    return found;
  });
}
