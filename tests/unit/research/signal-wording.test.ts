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
    expect(funding && signalText(funding, "en")).toBe(
      "Raised €12M (Series A) on 1 March 2026, investors: Harbor Ventures",
    );
  });

  it("carry the open roles found on a page, told in German from them", () => {
    const jobs = ["Data Engineer", "Account Executive"].map((title) => ({ title, source: "json-ld" as const }));
    const hiring = hiringFromJobs(jobs, "https://www.brightwave.example/jobs");
    expect(hiring && signalText(hiring, "de")).toBe("Stellt ein: 2 offene Stellen (Data Engineer, Account Executive)");
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
