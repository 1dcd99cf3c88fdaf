import { describe, expect, it } from "vitest";
import { discoverKeyPages } from "../../../lib/research/links";
import { parseHtml } from "./fixtures";

describe("key-page addresses", () => {
  it("drop the fragment and a trailing slash, keep the query, read each address once", () => {
    const doc = parseHtml(
      `<body><nav><a href="/about/#team">About</a><a href="/about/">About us</a><a href="/karriere#">Karriere</a>
       <a href="/blog/?page=2">Blog</a><a href="https://WWW.X.example/Preise/">Preise</a><a href="/about/#team">About</a>
       <a href="/#kontakt">Kontakt</a><a href="/impressum%23x">Impressum</a></nav></body>`,
      "https://www.x.example/",
    );
    expect(discoverKeyPages(doc, "https://www.x.example/").map((page) => `${page.kind} ${page.url}`)).toEqual([
      // "%23" is an escaped "#" in the path, not a fragment; the link text names the page.
      "impressum https://www.x.example/impressum%23x",
      "about https://www.x.example/about",
      "careers https://www.x.example/karriere",
      "pricing https://www.x.example/Preise",
      "blog https://www.x.example/blog/?page=2",
    ]);
  });
});
