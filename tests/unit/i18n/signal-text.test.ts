import { describe, expect, it } from "vitest";
import { draftSequence } from "@/lib/drafting/sequence";
import { namesAYear, signalText } from "@/lib/i18n/signal-text";
import type { SignalWording } from "@/lib/model";
import { richDe } from "../drafting/fixtures";

const told = (wording: SignalWording, language: "en" | "de" = "de") =>
  signalText({ summary: "the English summary", wording }, language);

describe("signalText", () => {
  it("keeps the stored English summary in English, and any quoted signal as found", () => {
    expect(told({ kind: "post", topic: "#RevOps" }, "en")).toBe("the English summary");
    expect(signalText({ summary: "Nordlicht eröffnet ein Büro in Wien" }, "de")).toBe(
      "Nordlicht eröffnet ein Büro in Wien",
    );
  });

  it("knows a text that already names its year", () => {
    expect(namesAYear("Raised €12M (Series A) on 1 March 2026")).toBe(true);
    expect(namesAYear("Started as CRO (since Sep 1999)")).toBe(true);
    expect(namesAYear("Hiring: 3 open roles")).toBe(false);
    expect(namesAYear("Order 20260 units")).toBe(false);
  });

  it("tells a funding round in English with its date as people write it", () => {
    const round = { kind: "funding", amount: 12_000_000, currency: "EUR", round: "Series A" } as const;
    expect(told({ ...round, date: "2026-03-01", investors: ["Harbor Ventures", "Alster Capital"] }, "en")).toBe(
      "Raised €12M (Series A) on 1 March 2026, investors: Harbor Ventures, Alster Capital",
    );
    expect(told({ ...round, date: "2026-03" }, "en")).toBe("Raised €12M (Series A) in March 2026");
    expect(told({ kind: "funding", round: "Seed" }, "en")).toBe("Funding round: Seed");
    expect(told({ kind: "funding", investors: ["Harbor Ventures"] }, "en")).toBe(
      "Funding round, investors: Harbor Ventures",
    );
  });

  it("tells every worded kind in German", () => {
    expect(told({ kind: "hiring", openJobs: 1, titles: [] })).toBe("Stellt ein: 1 offene Stelle");
    expect(told({ kind: "hiring", openJobs: 7, titles: ["Analyst", "SDR", "AE", "CSM"] })).toBe(
      "Stellt ein: 7 offene Stellen (Analyst, SDR, AE, …)",
    );
    expect(told({ kind: "headcount-growth", before: 80, now: 90 })).toBe(
      "Mitarbeitende auf LinkedIn: +12,5 % seit dem letzten Besuch (80 → 90)",
    );
    expect(
      told({
        kind: "funding",
        amount: 12_000_000,
        currency: "EUR",
        round: "Series A",
        date: "2026-03-01",
        investors: ["Harbor Ventures"],
      }),
    ).toMatch(/^Finanzierung über 12\sMio\.\s€ \(Series A\) am 01\.03\.2026, Investoren: Harbor Ventures$/);
    expect(told({ kind: "funding", round: "Seed" })).toBe("Finanzierungsrunde: Seed");
    expect(told({ kind: "funding", investors: ["Harbor Ventures"] })).toBe(
      "Finanzierungsrunde, Investoren: Harbor Ventures",
    );
    expect(told({ kind: "funding", amount: 5_000_000, currency: "XYZ", date: "2026-03" })).toMatch(
      /^Finanzierung über 5\sMio\.\sXYZ am 03\.2026$/,
    );
    expect(
      told({ kind: "job-change", title: "CFO", companyName: "Brightwave Labs", since: { year: 2026, month: 3 } }),
    ).toBe("Neu als CFO bei Brightwave Labs (seit März 2026)");
    expect(told({ kind: "job-change", title: "CFO", since: { year: 2025 } })).toBe("Neu als CFO (seit 2025)");
    expect(told({ kind: "post", topic: "#RevOps, #Forecasting" })).toBe("Beitrag über #RevOps, #Forecasting");
  });

  it("puts a worded signal into a German email in German", () => {
    const draft = draftSequence({
      ...richDe,
      signals: [
        {
          type: "funding",
          summary: "Raised €12M (Series A) on 2026-10-02",
          wording: { kind: "funding", amount: 12_000_000, currency: "EUR", round: "Series A", date: "2026-10-02" },
          date: Date.UTC(2026, 9, 2),
        },
      ],
    });
    const bodies = draft.emails.map((email) => email.body).join("\n");
    expect(bodies).toMatch(/Finanzierung über 12\sMio\.\s€ \(Series A\) am 02\.10\.2026/);
    expect(bodies).not.toContain("Raised");
  });
});
