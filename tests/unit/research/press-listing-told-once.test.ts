import { describe, expect, it } from "vitest";
import { researchPage } from "../../../lib/research/research-page";
import { parseHtml } from "./fixtures";

describe("a press listing whose entries link their releases", () => {
  const url = "https://www.kranich-robotik.example/presse";
  const entry = (path: string, day: string, title: string, lead: string) =>
    `<article><h2><a href="/presse/${path}">${title}</a></h2><time datetime="${day}">${day}</time><p>${lead}</p></article>`;
  const html = `<html lang="de"><head><title>Presse | Kranich Robotik</title></head><body><main><h1>Presse</h1>
    ${entry("graz", "2026-03-12", "Kranich Robotik eröffnet Standort in Graz", "Kranich Robotik eröffnet am 12. März einen Standort in Graz und betreut von dort Kunden in der Steiermark.")}
    ${entry("ostwerk", "2025-06-03", "Kranich Robotik startet Kooperation mit Ostwerk", "Die Kooperation mit Ostwerk Logistik bringt den Greifer G2 in dessen Lager.")}
    </main></body></html>`;

  it("tells each release once, dated and sourced by its own page", () => {
    const { signals } = researchPage(parseHtml(html, url), url);
    expect(signals.map((signal) => [signal.type, signal.sourceUrl, signal.date])).toEqual([
      ["new-market", "https://www.kranich-robotik.example/presse/graz", "2026-03-12"],
      ["partnership", "https://www.kranich-robotik.example/presse/ostwerk", "2025-06-03"],
    ]);
  });
});
