import { describe, expect, it } from "vitest";
import { withPageMemo } from "../../../lib/research/page-memo";
import { metaContent } from "../../../lib/research/text";
import { parseHtml } from "./fixtures";

describe("metaContent", () => {
  const doc = parseHtml(
    `<html><head>
      <meta name="description" content="  First   description ">
      <meta property="description" content="Second">
      <meta property="og:title" content="">
      <meta name="og:title" content="Named title">
      <meta name="Generator" content="Case matters">
    </head><body></body></html>`,
    "https://x.example/",
  );

  it.each([
    ["description", "First description"],
    // The first tag with the key decides, even when it is empty.
    ["og:title", undefined],
    ["generator", undefined],
    ["Generator", "Case matters"],
    ["missing", undefined],
  ])("%s → %s, within a research or not", (key, content) => {
    expect(metaContent(doc, key)).toBe(content);
    expect(withPageMemo(() => metaContent(doc, key))).toBe(content);
  });
});
