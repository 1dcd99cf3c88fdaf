import { Readability } from "@mozilla/readability";
import { describe, expect, it, vi } from "vitest";
import { readPage } from "../../../lib/research/page";
import { parseHtml } from "./fixtures";

describe("a page of thousands of embeds and forms", () => {
  const url = "https://www.kranich-robotik.example/kontakt";
  const embeds = (count: number) =>
    Array.from({ length: count }, (_, index) =>
      index % 2
        ? `<iframe src="https://video.example/embed/${index}" title="Video ${index}"></iframe>`
        : `<form action="/senden-${index}"><label>E-Mail<input name="m${index}"></label></form>`,
    ).join("");
  const page = (count: number) =>
    parseHtml(`<html><body><main><h1>Kontakt</h1><p>Schreiben Sie uns.</p>${embeds(count)}</main></body></html>`, url);

  it("is read as its body's text, without Readability, whose work grows with the square of them", () => {
    const parse = vi.spyOn(Readability.prototype, "parse");
    try {
      expect(readPage(page(600), url).mainLines.slice(0, 2)).toEqual(["Kontakt", "Schreiben Sie uns."]);
      expect(parse).not.toHaveBeenCalled();
      readPage(page(20), url);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });
});
