import { describe, expect, it } from "vitest";
import { detectTechnologies } from "../../../lib/research/tech";
import { page } from "./tech-pages";

/**
 * Pages built to hurt: the detector must return without throwing. Catastrophic backtracking would
 * take minutes: the timeout catches it, generous for a busy machine; speed is `npm run bench`'s.
 */
describe("tech detection on hostile markup", () => {
  const cases: [string, () => Document][] = [
    ["a comment full of unclosed tags", () => page(`<!-- ${"<a <link <script ".repeat(30_000)} -->`)],
    ["an attribute full of tags", () => page(`<div title="${"<a href=x ".repeat(20_000)}"></div>`)],
    ["deep nesting", () => page("", `${"<div>".repeat(2000)}x${"</div>".repeat(2000)}`)],
    [
      "thousands of scripts",
      () => page(Array.from({ length: 3000 }, (_, i) => `<script src="//x${i}.example/a.js"></script>`).join("")),
    ],
    ["an inline script of URLs", () => page(`<script>${"'//a.example/'+'//b.".repeat(20_000)}</script>`)],
    ["huge meta values", () => page(`<meta name="generator" content="${"WordPress ".repeat(20_000)}">`.repeat(20))],
  ];

  it.each(cases)("%s", { timeout: 30_000 }, (_name, build) => {
    const doc = build();
    expect(() => detectTechnologies(doc, "https://hostile.example/")).not.toThrow();
  });

  it("odd headers, addresses and an empty document", () => {
    const doc = page("");
    doc.documentElement.remove();
    const headers = {
      "": "",
      "Set-Cookie": "a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT, OptanonConsent=x",
      SERVER: "\u0000",
    };
    expect(detectTechnologies(doc, "not a url", headers).map((detection) => detection.name)).toEqual(["OneTrust"]);
  });
});
