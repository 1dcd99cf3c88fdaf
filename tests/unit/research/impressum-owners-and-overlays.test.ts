import { describe, expect, it } from "vitest";
import { extractImpressum, footerImpressum } from "../../../lib/research/impressum";
import { directors } from "../../../lib/research/impressum-people";
import { legalEntity, vatId } from "../../../lib/research/legal";
import { parseHtml } from "./fixtures";

describe("owners of sole traders", () => {
  it("reads the business owner's label", () => {
    expect(directors(["Geschäftsinhaber: Jonas Weber"])).toEqual(["Jonas Weber"]);
  });

  it("reads a surname written in capitals", () => {
    expect(directors(["Inhaberin: Mara KRANZ-BERG"])).toEqual(["Mara Kranz-Berg"]);
    expect(directors(["Geschäftsführer: Tom Berg (CEO)"])).toEqual(["Tom Berg"]);
  });
});

describe("names and numbers of small notices", () => {
  it("reads a registered name after a brand and a dash", () => {
    expect(legalEntity("Kranichwerk – Gesellschaft zur Förderung offener Karten Europas e. V.")?.name).toBe(
      "Kranichwerk – Gesellschaft zur Förderung offener Karten Europas e. V.",
    );
  });

  it("reads an Austrian sole trader without the last dot", () => {
    expect(legalEntity("Lena Kranz e.U")).toEqual({ name: "Lena Kranz e.U", form: "e.U" });
  });

  it("reads an Austrian VAT id grouped for reading", () => {
    expect(vatId("UID: ATU 123 456 78")).toBe("ATU12345678");
  });
});

describe("an Impressum in an overlay", () => {
  it("reads an overlay titled Impressum that has no dialog role", () => {
    const doc = parseHtml(
      `<html><body><main><h1>Websites aus Graz</h1></main><footer><button>Impressum</button></footer>
      <div class="fixed inset-0 z-50"><div class="panel"><div class="bar"><span>Impressum</span><button>✕</button></div>
      <div><div>Gemäß § 5 ECG</div><p>Lena Kranz e.U<br>Murgasse 3, 8010 Graz</p></div>
      <div><div>UID-Nummer</div><p>ATU12345678</p></div></div></div></body></html>`,
      "https://kranz.example/",
    );
    const found = footerImpressum(doc, "https://kranz.example/");
    expect(found?.legalName).toBe("Lena Kranz e.U");
    expect(found?.vatId).toBe("ATU12345678");
  });

  it("reads no overlay that is not the Impressum", () => {
    const doc = parseHtml(
      `<html><body><main><h1>Kranz</h1></main><div class="fixed inset-0"><span>Newsletter</span>
      <p>Lena Kranz e.U</p><p>UID: ATU12345678</p></div></body></html>`,
      "https://kranz.example/",
    );
    expect(footerImpressum(doc, "https://kranz.example/")).toBeUndefined();
  });

  it("keeps the notice's own names in a full Impressum", () => {
    const doc = parseHtml(
      `<html><body><main><h1>Impressum</h1><h2>Kranz Bootsbau</h2><p>Lena Kranz<br>Seeweg 3<br>4020 Linz</p>
      <p><strong>Geschäftsinhaberin:</strong> Lena KRANZ<br><strong>UID:</strong> ATU 123 456 78</p></main></body></html>`,
      "https://kranz.example/impressum",
    );
    const found = extractImpressum(doc, "https://kranz.example/impressum");
    expect(found?.managingDirectors).toEqual(["Lena Kranz"]);
    expect(found?.vatId).toBe("ATU12345678");
  });
});
