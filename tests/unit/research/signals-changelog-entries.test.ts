import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const changelog = "https://www.kestrel.example/changelog";

describe("changelog and release-notes entries", () => {
  const lines = [
    "Kestrel Changelog",
    "v3.2.0 | 2025-06-12",
    "Kestrel launches Flux, a planner for field teams.",
    "v3.1.0 | 2025-03-04",
    "Kestrel introduces shared inboxes for every workspace.",
    "v3.0.0 | 2024-11-20",
    "We released the new Kestrel mobile app for iOS and Android.",
    "v2.0.0 | 2024-02-01",
    "Kestrel partners with Northwind Bank on instant payouts.",
  ];

  it("dates a launch from an older entry by that entry's date line, not the page's", () => {
    const signals = extractSignals(lines, changelog, "2025-06-12", "Changelog | Kestrel");
    const launches = signals.filter((signal) => signal.type === "product-launch");
    expect(launches.map((signal) => signal.date)).toEqual(["2025-06-12", "2025-03-04", "2024-11-20"]);
  });

  it("reads no entry from more than a year before the changelog's newest", () => {
    const signals = extractSignals(lines, changelog, "2025-06-12", "Changelog | Kestrel");
    expect(signals.some((signal) => signal.quote.includes("Northwind Bank"))).toBe(false);
  });

  it("reads headings of month and year as entries of release notes", () => {
    const notes = [
      "What's new",
      "Mai 2025",
      "Kestrel stellt heute die neue Routenplanung vor.",
      "April 2025",
      "Kestrel stellt heute den Export nach Excel vor.",
    ];
    const signals = extractSignals(notes, "https://www.kestrel.example/de/versionshinweise", "2025-05-20");
    expect(signals.map((signal) => signal.date)).toEqual(["2025-05-20", "2025-04"]);
  });

  it("dates a teaser on a news list by its own date line, not by an event's later date", () => {
    const news = [
      "News",
      "12. März 2025",
      "Kestrel eröffnet ein neues Büro in Graz.",
      "Sommerfest am 3. Juni 2026",
      "Kestrel stellt heute die neue Routenplanung vor.",
      "4. Februar 2025",
      "Kestrel geht eine Partnerschaft mit Northwind ein.",
    ];
    const signals = extractSignals(news, "https://www.kestrel.example/news", "2025-03-12");
    expect(signals.map((signal) => [signal.type, signal.date])).toEqual([
      ["new-market", "2025-03-12"],
      ["product-launch", "2025-03-12"],
      ["partnership", "2025-02-04"],
    ]);
  });

  it("keeps the page's date on an article with a single date line", () => {
    const article = ["12. März 2025", "Kestrel stellt heute die neue Routenplanung vor."];
    const signals = extractSignals(article, "https://www.kestrel.example/blog/routen", "2025-03-12");
    expect(signals.map((signal) => signal.date)).toEqual(["2025-03-12"]);
  });
});
