import { describe, expect, it } from "vitest";
import { signalText } from "../../../lib/i18n/signal-text";
import { extractSignals, hiringFromJobs } from "../../../lib/research/signals";

describe("research signals the extension words itself", () => {
  it("carry a funding round as data, told in German and English from it", () => {
    const [funding] = extractSignals(
      ["Brightwave Labs raised €12 million in a Series A led by Harbor Ventures."],
      "https://www.brightwave.example/press/series-a",
      "2026-03-01",
    );
    expect(funding?.wording).toMatchObject({
      kind: "funding",
      amount: 12_000_000,
      currency: "EUR",
      date: "2026-03-01",
    });
    expect(funding && signalText(funding, "de")).toMatch(/^Finanzierung über 12\sMio\.\s€ .*am 01\.03\.2026/);
    expect(funding && signalText(funding, "en")).toBe("Raised €12M (Series A) on 1 March 2026, led by Harbor Ventures");
    expect(funding && signalText(funding, "de")).toMatch(/, angeführt von Harbor Ventures$/);
  });

  it("tell who led a round apart from who joined it, and only when the source says who led", () => {
    const [led] = extractSignals(
      [
        "Brightwave Labs raised $20 million in a Series B led by Harbor Ventures, with participation from Kestrel Capital and Oak Angels.",
      ],
      "https://www.brightwave.example/press/series-b",
      "2026-05-04",
    );
    expect(led?.wording).toMatchObject({
      investors: ["Harbor Ventures", "Kestrel Capital", "Oak Angels"],
      leadInvestors: ["Harbor Ventures"],
    });
    expect(led && signalText(led, "en")).toBe(
      "Raised $20M (Series B) on 4 May 2026, led by Harbor Ventures, with Kestrel Capital, Oak Angels",
    );
    expect(led && signalText(led, "de")).toMatch(/, angeführt von Harbor Ventures, mit Kestrel Capital, Oak Angels$/);
    expect(led?.summary).toContain("led by Harbor Ventures · with Kestrel Capital, Oak Angels");

    const [joined] = extractSignals(
      ["Brightwave Labs raised $20 million in a Series B with participation from Kestrel Capital and Oak Angels."],
      "https://www.brightwave.example/press/series-b",
      "2026-05-04",
    );
    expect(joined?.wording).not.toHaveProperty("leadInvestors", expect.anything());
    expect(joined && signalText(joined, "en")).toBe(
      "Raised $20M (Series B) on 4 May 2026, investors: Kestrel Capital, Oak Angels",
    );
    expect(joined?.summary).not.toContain("led by");
  });

  it("carry the open roles found on a page, told in German from them", () => {
    const jobs = ["Data Engineer", "Account Executive"].map((title) => ({ title, source: "json-ld" as const }));
    const hiring = hiringFromJobs(jobs, "https://www.brightwave.example/jobs");
    expect(hiring && signalText(hiring, "de")).toBe("Stellt ein: 2 offene Stellen (1 Data, 1 Vertrieb)");
  });

  it("leave a quoted signal in the words of its page", () => {
    const [partnership] = extractSignals(
      ["Brightwave Labs partners with Kestrel Freight to bring usage analytics to logistics."],
      "https://www.brightwave.example/news",
    );
    expect(partnership?.wording).toBeUndefined();
    expect(partnership && signalText(partnership, "de")).toBe(partnership?.summary);
  });
});
