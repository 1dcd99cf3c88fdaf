import { describe, expect, it } from "vitest";
import { techEngine } from "../../../lib/research/tech-data";
import {
  contains,
  gateTable,
  markupView,
  needle,
  pageView,
  passedGates,
  textView,
} from "../../../lib/research/tech-view";
import { fixtureCases, loadFixture } from "./fixtures";
import { saasSite, shopifySite, wordpressSite } from "./tech-pages";

describe("needles in a view", () => {
  const { htmlRules, domRules, inputRules } = techEngine();
  const needles = [
    ...htmlRules.flatMap((rule) => rule.clauses?.flat() ?? []),
    ...domRules.flatMap((rule) => rule.alternatives.flatMap((clauses) => clauses?.flat() ?? [])),
    ...inputRules.byScriptText.map((entry) => entry.needle),
  ];

  it("are found exactly where a plain search finds them", () => {
    const views = [
      ...[saasSite, wordpressSite, shopifySite].map(pageView),
      ...fixtureCases().map((name) => pageView(loadFixture(name).doc)),
      // Every needle's own text, so that each is present once.
      markupView(needles.map((found) => found.text).join("\n")),
    ];
    // One assertion per view: thousands of needles on every fixture page, each checked the plain way.
    for (const view of views) {
      const differing = needles.filter((found) => contains(view, found) !== view.lower.includes(found.text));
      expect(differing.map((found) => found.text)).toEqual([]);
    }
  });

  it("never fail a rule's gate when the rule's needles are there", () => {
    const { htmlGates, domGates } = techEngine();
    const views = [
      ...[saasSite, wordpressSite, shopifySite].map(pageView),
      markupView(needles.map((n) => n.text).join("\n")),
    ];
    for (const view of views) {
      const htmlPassed = passedGates(view, htmlGates);
      htmlRules.forEach((rule, index) => {
        const present = rule.clauses?.every((clause) => clause.some((found) => view.lower.includes(found.text)));
        if (present) expect(htmlPassed[index], rule.pattern.value).toBe(1);
      });
      const domPassed = passedGates(view, domGates.table);
      let first = 0;
      for (const rule of domRules) {
        rule.alternatives.forEach((clauses, index) => {
          const present = clauses?.every((clause) => clause.some((found) => view.lower.includes(found.text)));
          if (present) expect(domPassed[first + index], rule.selector).toBe(1);
        });
        first += rule.alternatives.length;
      }
    }
  });

  it("let a rule through when it needs nothing checkable, and stop it when one clause finds nothing", () => {
    const table = gateTable([
      undefined,
      [[needle("abc")]],
      [[needle("hubspot")]],
      [[needle("nope-x"), needle("stripe")]],
      [[needle("hubspot")], [needle("stripe")]],
      [[needle("hubspot")], [needle("segment")]],
    ]);
    expect(Array.from(passedGates(textView("uses hubspot and stripe"), table))).toEqual([1, 1, 1, 1, 1, 0]);
    expect(Array.from(passedGates(textView("plain text"), table))).toEqual([1, 1, 0, 0, 0, 0]);
  });

  it("are found in short texts and long ones, whatever their case", () => {
    for (const size of [0, 10, 1000, 400_000]) {
      const text = `${"x".repeat(size)}Powered by <A HREF="https://Example.com">`;
      const view = textView(text);
      expect(contains(view, needle('powered by <a href="https://example.com">'))).toBe(true);
      expect(contains(view, needle("powered by <a href='"))).toBe(false);
    }
  });
});

describe("the bounded markup", () => {
  // The plain statement of the bounds: segments between two ">" keep their first 200 and last 800 characters.
  const reference = (markup: string) =>
    markup
      .split(">")
      .map((segment) => (segment.length <= 1000 ? segment : `${segment.slice(0, 200)}\n${segment.slice(-800)}`))
      .join(">");

  it.each([
    ["no long segment", "<p>short</p><div class=x>text</div>"],
    ["a long one in the middle", `<p>a</p><script>${"x".repeat(5000)}</script><p>b</p>`],
    ["one at each end", `${"a".repeat(1500)}><b>${"c".repeat(1001)}`],
    ["one of exactly 1000 and 1001", `<i>${"d".repeat(1000)}>${"e".repeat(1001)}>`],
    ["nothing but it", "f".repeat(3000)],
    ["empty", ""],
  ])("keeps the ends of long segments: %s", (_name, markup) => {
    expect(markupView(markup).lower).toBe(reference(markup).toLowerCase());
  });
});
