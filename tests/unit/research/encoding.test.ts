import { describe, expect, it } from "vitest";
import { decodeHtml } from "../../../lib/research/encoding";

const latin = (text: string): Uint8Array =>
  Uint8Array.from(Array.from(text), (char) => {
    const table: Record<string, number> = { "€": 0x80, "„": 0x84, "“": 0x93, "–": 0x96 };
    return table[char] ?? char.charCodeAt(0);
  });

describe("decodeHtml", () => {
  const umlauts = "Über Größe – „Qualität“ 5 €";

  it("honours the Content-Type charset", () => {
    expect(decodeHtml(latin(`<p>${umlauts}</p>`), "text/html; charset=windows-1252")).toBe(`<p>${umlauts}</p>`);
  });

  it("treats ISO-8859-1 as Windows-1252, like browsers", () => {
    expect(decodeHtml(latin(`<p>${umlauts}</p>`), "text/html;charset=ISO-8859-1")).toContain(umlauts);
  });

  it("reads <meta charset> and http-equiv when the header says nothing", () => {
    expect(decodeHtml(latin(`<meta charset="windows-1252"><p>${umlauts}</p>`))).toContain(umlauts);
    const httpEquiv = `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>${umlauts}</p>`;
    expect(decodeHtml(latin(httpEquiv), "text/html")).toContain(umlauts);
  });

  it("defaults to UTF-8, lets a BOM win and survives unknown labels", () => {
    const utf8 = new TextEncoder().encode(`<p>${umlauts}</p>`);
    expect(decodeHtml(utf8)).toBe(`<p>${umlauts}</p>`);
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), "text/html; charset=windows-1252")).toContain(
      umlauts,
    );
    expect(decodeHtml(utf8, "text/html; charset=klingon")).toContain(umlauts);
  });
});
