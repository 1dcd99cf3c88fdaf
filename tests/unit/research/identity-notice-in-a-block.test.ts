import { describe, expect, it } from "vitest";
import { footerImpressum } from "../../../lib/research/impressum";
import { parseHtml } from "./fixtures";

const url = "https://www.kranich-schreibdienst.example/";
const docOf = (body: string) =>
  parseHtml(`<!doctype html><html lang="de"><head><title>Schreibdienst</title></head><body>${body}</body></html>`, url);

describe("an Impressum in a block named for it", () => {
  it("reads a popup a header link opens", () => {
    const found = footerImpressum(
      docOf(`<header><span class="js-open-modal" data-id="popup-impressum">Impressum</span>
        <div id="popup-impressum" class="popup-wrap _hidden"><div class="impressum">
        <div class="impressum__title">Kranich Schreibdienst UG</div>
        <div class="impressum__text"><p>Eingetragen im Handelsregister des Amtsgerichts Kiel</p>
        <p>unter der Nummer HRB 4711 KI</p></div>
        <div class="impressum__text"><span>USt-IdNr.: DE123456789</span></div></div></div></header>
        <main><h1>Schreiben lassen</h1><p>Wir helfen bei Texten aller Art.</p></main>`),
      url,
    );
    expect(found?.legalName).toBe("Kranich Schreibdienst UG");
    expect(found?.registerNumber).toBe("HRB 4711");
    expect(found?.vatId).toBe("DE123456789");
  });

  it("reads nothing from a block named so that holds no register number or VAT id", () => {
    const found = footerImpressum(
      docOf(`<main><h1>Willkommen</h1></main><div class="footer-imprint"><a href="/impressum">Impressum</a>
        <p>Kranich Schreibdienst UG, Hafenweg 2, 24103 Kiel</p></div>`),
      url,
    );
    expect(found).toBeUndefined();
  });
});
