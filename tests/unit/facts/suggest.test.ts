import { expect, test } from "vitest";
import { suggestFacts } from "@/lib/facts/suggest";
import type { Company, Signal } from "@/lib/model";

const now = Date.parse("2026-11-27T12:00:00Z");
const day = 86_400_000;
const format = (time: number) => new Date(time).toISOString().slice(0, 10);
const provenance = {
  sourceUrl: "https://www.brightwave.example/presse",
  capturedAt: now,
  extractor: "x",
  extractorVersion: "1",
};

function signal(id: string, type: Signal["type"], summary: string, ageDays: number): Signal {
  return { id, type, summary, companyId: "c", date: now - ageDays * day, provenance };
}

const company: Company = {
  id: "c",
  name: "Brightwave Labs",
  technologies: ["HubSpot", "Intercom", "Segment", "Stripe"],
  openJobs: 4,
  customers: ["Kestrel Freight", "Juniper Health", "Oakridge Bank", "Larkspur Retail"],
  sources: { technologies: provenance, openJobs: provenance, customers: provenance },
  history: [],
  createdAt: 0,
  updatedAt: 0,
};

test("suggestions are ranked by specificity and freshness, each with its source and date", () => {
  const facts = suggestFacts(
    {
      company,
      signals: [
        signal("old", "funding", "Raised €12M Series A", 400),
        signal("new", "funding", "Raised €30M Series B", 5),
        signal("post", "post", "Posted about onboarding churn", 7),
      ],
    },
    { formatDate: format, language: "en" },
    now,
  );
  expect(facts.map((fact) => fact.key)).toEqual([
    "signal:new",
    "open-jobs:c",
    "signal:post",
    "signal:old",
    "customers:c",
    "technologies:c",
  ]);
  expect(facts[0]?.text).toBe("Raised €30M Series B (2026-11-22)");
  expect(facts[0]?.sourceUrl).toBe(provenance.sourceUrl);
  expect(facts.at(-1)?.text).toBe("Brightwave Labs uses HubSpot, Intercom and Segment");
  // The customers the site names: the first three, in both languages.
  const customers = facts.find((fact) => fact.key === "customers:c");
  expect(customers?.text).toBe("Brightwave Labs names Kestrel Freight, Juniper Health and Oakridge Bank as customers");
  expect(customers?.wordings.de).toBe(
    "Brightwave Labs nennt Kestrel Freight, Juniper Health und Oakridge Bank als Kunden",
  );
  expect(customers?.sourceUrl).toBe(provenance.sourceUrl);
  const dated = suggestFacts(
    { signals: [signal("d", "job-change", "Started as CFO (since Sep 2026)", 60)] },
    { formatDate: format, language: "en" },
    now,
  );
  expect(dated[0]?.text).toBe("Started as CFO (since Sep 2026)");
});

test("a hiring signal replaces the plain open-jobs count, and repeats are dropped", () => {
  const facts = suggestFacts(
    {
      company,
      signals: [signal("h", "hiring", "Hiring: 4 open roles", 2), signal("h2", "hiring", "Hiring: 4 open roles", 2)],
    },
    { formatDate: () => "today", language: "en" },
    now,
  );
  expect(facts.filter((fact) => fact.text.startsWith("Hiring"))).toHaveLength(1);
  expect(facts.some((fact) => fact.key.startsWith("open-jobs"))).toBe(false);
});

test("nothing known, nothing suggested", () => {
  expect(suggestFacts({ signals: [] }, { formatDate: format, language: "en" }, now)).toEqual([]);
});

test("in German, worded signals and the company's own facts are told in German; quotes stay as found", () => {
  const worded: Signal = {
    ...signal("j", "job-change", "Started as CFO at Brightwave Labs (since Sep 2026)", 60),
    wording: { kind: "job-change", title: "CFO", companyName: "Brightwave Labs", since: { year: 2026, month: 9 } },
  };
  const quoted = signal("q", "product-launch", "Brightwave launches Tidepool for fleet teams", 3);
  const facts = suggestFacts(
    { company, signals: [worded, quoted] },
    { formatDate: (time) => new Date(time).toLocaleDateString("de-DE"), language: "de" },
    now,
  );
  const texts = facts.map((fact) => fact.text);
  expect(texts).toContain("Neu als CFO bei Brightwave Labs (seit September 2026)");
  expect(texts).toContain("Brightwave launches Tidepool for fleet teams (24.11.2026)");
  expect(texts).toContain("Brightwave Labs hat 4 offene Stellen");
  expect(texts).toContain("Brightwave Labs nutzt HubSpot, Intercom und Segment");
});

test("each suggestion is worded in the other language too, dates included", () => {
  const worded: Signal = {
    ...signal("j", "job-change", "Started as CFO at Brightwave Labs (since Sep 2026)", 60),
    wording: { kind: "job-change", title: "CFO", companyName: "Brightwave Labs", since: { year: 2026, month: 9 } },
  };
  const quoted = signal("q", "product-launch", "Brightwave launches Tidepool for fleet teams", 3);
  const byLanguage = (time: number, language: "en" | "de") =>
    `${language}:${new Date(time).toISOString().slice(0, 10)}`;
  const facts = suggestFacts({ company, signals: [worded, quoted] }, { formatDate: byLanguage, language: "en" }, now);
  const byKey = new Map(facts.map((fact) => [fact.key, fact]));
  expect(byKey.get("signal:j")?.wordings).toEqual({
    en: "Started as CFO at Brightwave Labs (since Sep 2026)",
    de: "Neu als CFO bei Brightwave Labs (seit September 2026)",
  });
  expect(byKey.get("signal:q")?.wordings).toEqual({
    en: "Brightwave launches Tidepool for fleet teams (en:2026-11-24)",
    de: "Brightwave launches Tidepool for fleet teams (de:2026-11-24)",
  });
  expect(byKey.get("technologies:c")?.wordings?.de).toBe("Brightwave Labs nutzt HubSpot, Intercom und Segment");
  for (const fact of facts) expect(fact.wordings.en).toBe(fact.text);
});
