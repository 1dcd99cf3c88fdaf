import { describe, expect, it } from "vitest";
import { footerImpressum } from "../../../lib/research/impressum";
import { parseHtml } from "./fixtures";

const footerOf = (footer: string) =>
  footerImpressum(
    parseHtml(
      `<!doctype html><html lang="de"><head><title>Kestrel Werke</title></head><body><main><h1>Willkommen</h1><p>Wir bauen Maschinen.</p></main><footer>${footer}</footer></body></html>`,
      "https://www.kestrel-werke.example/",
    ),
  );

describe("legal details in a one-line footer", () => {
  it("reads directors up to the next separator", () => {
    const found = footerOf(
      `<p>© 2025 Kestrel Werke GmbH · Geschäftsführer: Jana Petersen, Ole Brandt · Amtsgericht Köln HRB 12345 · USt-IdNr. DE123456789</p>`,
    );
    expect(found?.legalName).toBe("Kestrel Werke GmbH");
    expect(found?.managingDirectors).toEqual(["Jana Petersen", "Ole Brandt"]);
    expect(found?.registerNumber).toBe("HRB 12345");
    expect(found?.vatId).toBe("DE123456789");
  });

  it("reads directors before a pipe", () => {
    const found = footerOf(
      `<p>Kestrel Werke GmbH | Geschäftsführung: Dr. Eva Maier | Registergericht: Amtsgericht Kiel, HRB 5678</p>`,
    );
    expect(found?.managingDirectors).toEqual(["Dr. Eva Maier"]);
  });
});
