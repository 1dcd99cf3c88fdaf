import { describe, expect, it } from "vitest";
import { footerImpressum } from "../../../lib/research/impressum";
import { parseHtml } from "./fixtures";

describe("a legal notice whose bold headings run straight into the text after them", () => {
  // The footer's style sheet sets each <strong> on a line of its own; the markup has no break or space.
  const url = "https://www.kranich-energie.example/";
  const html = `<html><body><main><h1>Energie für die Region</h1></main><footer>
    <p><strong>Kranich Energie GmbH &amp; Co. KG</strong>Hafenweg 3<br>20457 Hamburg<br>
    Amtsgericht Hamburg HRA 4711</p>
    <p><strong>Pers. haftende Gesellschafterin</strong>Kranich Verwaltungs GmbH<br>Amtsgericht Hamburg HRB 815<br>
    Geschäftsführer: Jonas Albrecht</p>
    <p><strong>Bankverbindung</strong>Sparkasse Nord</p></footer></body></html>`;

  it("reads the legal entity, its register and its address apart from the general partner's", () => {
    const notice = footerImpressum(parseHtml(html, url), url);
    expect(notice).toMatchObject({
      legalName: "Kranich Energie GmbH & Co. KG",
      registerNumber: "HRA 4711",
      address: "Hafenweg 3, 20457 Hamburg",
    });
  });
});
