import { describe, expect, it } from "vitest";
import { techEngine } from "../../../lib/research/tech-data";
import { contains, markupView, needle, pageView, textView } from "../../../lib/research/tech-view";
import { fixtureCases, loadFixture } from "./fixtures";
import { saasSite, shopifySite, wordpressSite } from "./tech-pages";

describe("needles in a view", () => {
  const { htmlRules, domRules, inputRules } = techEngine();
  const needles = [
    ...htmlRules.flatMap((rule) => rule.clauses?.flat() ?? []),
    ...domRules.flatMap((rule) => rule.needles ?? []),
    ...inputRules.byScriptText.map((entry) => entry.needle),
  ];

  it("are found exactly where a plain search finds them", () => {
    const views = [
      ...[saasSite, wordpressSite, shopifySite].map(pageView),
      ...fixtureCases().map((name) => pageView(loadFixture(name).doc)),
      // Every needle's own text, so that each is present once.
      markupView(needles.map((found) => found.text).join("\n")),
    ];
    for (const view of views) {
      for (const found of needles) expect(contains(view, found), found.text).toBe(view.lower.includes(found.text));
    }
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
