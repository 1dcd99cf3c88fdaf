import { describe, expect, it } from "vitest";
import { researchPage } from "../../../lib/research/research-page";
import { textLines } from "../../../lib/research/text";
import { parseHtml } from "./fixtures";

// Sites built from Markdown keep the source's line wraps inside a paragraph; the browser shows them as spaces.
const wrappedRelease = `<p>Hamburg, 12. März 2026 – Kranwerk Robotics hat in einer Finanzierungsrunde unter Führung von
   Hafenblick Ventures 5 Millionen Euro eingesammelt und baut damit den Vertrieb in Österreich
   und der Schweiz aus.</p>`;

describe("source line wraps", () => {
  it("are spaces inside wrapped prose, line breaks between short lines and in preformatted text", () => {
    const doc = parseHtml(
      `<body>${wrappedRelease}<p>Kranwerk Robotics GmbH
       Hafenstraße 4
       20457 Hamburg</p><p>Vertreten durch
       den Geschäftsführer</p><pre>schritt eins
schritt zwei</pre></body>`,
      "https://www.kranwerk.example/",
    );
    expect(textLines(doc.body)).toEqual([
      "Hamburg, 12. März 2026 – Kranwerk Robotics hat in einer Finanzierungsrunde unter Führung von Hafenblick Ventures 5 Millionen Euro eingesammelt und baut damit den Vertrieb in Österreich und der Schweiz aus.",
      "Kranwerk Robotics GmbH",
      "Hafenstraße 4",
      "20457 Hamburg",
      "Vertreten durch den Geschäftsführer",
      "schritt eins",
      "schritt zwei",
    ]);
  });

  it("leave a wrapped funding sentence whole", () => {
    const doc = parseHtml(
      `<html lang="de"><body><article><h1>Kranwerk Robotics sammelt 5 Millionen Euro ein</h1>${wrappedRelease}</article></body></html>`,
      "https://www.kranwerk.example/presse/finanzierung",
    );
    const research = researchPage(doc, "https://www.kranwerk.example/presse/finanzierung");
    const funding = research.signals.filter((signal) => signal.type === "funding");
    expect(funding.map((signal) => signal.funding?.amount)).toContain(5_000_000);
    expect(funding.some((signal) => signal.quote.includes("Führung von Hafenblick Ventures 5 Millionen Euro"))).toBe(
      true,
    );
  });
});
