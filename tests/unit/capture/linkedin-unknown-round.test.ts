import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Window } from "happy-dom";
import { describe, expect, test } from "vitest";
import { extractLinkedInCompany } from "../../../lib/capture/linkedin/company";
import { roundType } from "../../../lib/capture/linkedin/company-parse";
import { deriveSignals } from "../../../lib/capture/signals";

const fixtures = join(__dirname, "../../fixtures/linkedin-company");

/** A fixture page with its round's type replaced, captured as the extension captures it. */
function captureWithRound(dir: string, url: string, from: string, to: string) {
  const window = new Window({ url });
  window.document.write(readFileSync(join(fixtures, dir, "source.html"), "utf8").replace(from, to));
  return extractLinkedInCompany(window.document as unknown as Document, url, Date.UTC(2026, 10, 27));
}

describe("a funding round of no known type", () => {
  test.each([
    ["Series unknown", undefined],
    ["Serie unbekannt", undefined],
    ["Undisclosed", undefined],
    ["Series A", "Series A"],
    ["Seed", "Seed"],
    [undefined, undefined],
  ])("roundType(%s) = %s", (name, type) => {
    expect(roundType(name)).toBe(type);
  });

  test("the public page's box keeps the money and the day, and the signal names no series", () => {
    const url = "https://uk.linkedin.com/company/harborline-robotics";
    const result = captureWithRound("public-jsonld-2024", url, ">Seed <time", ">Series unknown <time");
    expect(result?.company?.funding).toEqual([
      { round: undefined, amount: 1_200_000, currency: "GBP", date: "2019-05-14", investors: ["Quayside Capital"] },
    ]);
    const [signal] = deriveSignals({ capture: result as NonNullable<typeof result> }).filter(
      (found) => found.type === "funding",
    );
    expect(signal?.summary).toBe("Raised £1.2M on 2019-05-14, investors: Quayside Capital");
  });

  test("the logged-in page's data names no series either", () => {
    const url = "https://www.linkedin.com/company/nordlicht-analytics/about/";
    const from = '"localizedFundingType":"Series A"';
    const result = captureWithRound("logged-in-2025-about", url, from, '"localizedFundingType":"Series unknown"');
    expect(result?.company?.funding?.[0]).toMatchObject({ round: undefined, amount: 12_000_000, currency: "EUR" });
  });
});
