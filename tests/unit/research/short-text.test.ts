import { describe, expect, it } from "vitest";
import { withPageMemo } from "../../../lib/research/page-memo";
import { shortText } from "../../../lib/research/short-text";
import { clean } from "../../../lib/research/text";
import { fixtureCases, loadFixture, parseHtml } from "./fixtures";

describe("shortText", () => {
  const doc = parseHtml(
    `<body><div id="box"><h3> Lena&nbsp;&nbsp; Hoffmann </h3><p>Head of\n\n   Sales</p>
      <span id="spaces">${" \n".repeat(500)}x</span><span id="zero">a\u200bb\u200cc</span>
      <section id="long">${"Lorem ipsum dolor sit amet. ".repeat(20)}</section><script>var x = "${"y".repeat(300)}"</script></div></body>`,
    "https://x.example/",
  );
  const byId = (id: string) => doc.getElementById(id) as Element;

  it("is the cleaned text when short, whatever the whitespace", () => {
    expect(shortText(doc.querySelector("h3") as Element, 20)).toBe("Lena Hoffmann");
    expect(shortText(byId("spaces"), 5)).toBe("x");
    expect(shortText(byId("zero"), 3)).toBe("abc");
  });

  it("is undefined only when the cleaned text is longer than the limit", () => {
    expect(shortText(byId("long"), 90)).toBeUndefined();
    expect(shortText(byId("box"), 120)).toBeUndefined();
    expect(shortText(byId("long"), 1000)).toBe(clean(byId("long").textContent));
  });

  it("agrees with the text itself on every element of the site fixtures, within a research or not", () => {
    for (const name of fixtureCases()) {
      const { doc: page } = loadFixture(name);
      const elements = Array.from(page.querySelectorAll("*"));
      for (const max of [0, 30, 45, 90, 120]) {
        const check = () => {
          for (const element of elements) {
            const text = clean(element.textContent);
            const short = shortText(element, max);
            if (short === undefined) expect(text.length, name).toBeGreaterThan(max);
            else expect(short).toBe(text);
          }
        };
        withPageMemo(check);
        if (max === 45) check();
      }
    }
  });
});
