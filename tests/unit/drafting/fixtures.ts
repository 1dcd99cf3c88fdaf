import type { DraftSequenceInput } from "@/lib/drafting/input";
import type { OfferInput } from "@/lib/model/offer";

/** Fictional people and companies only. */
export const offerDe: OfferInput = {
  productName: "RoutePilot",
  problem: "manuelle Tourenplanung",
  successMetrics: [{ dimension: "time", value: 40, unit: "%", label: "weniger Zeit für die Disposition" }],
  currentAlternative: { what: "Excel-Listen und Telefonate", shortfall: "das skaliert nicht mit dem Volumen" },
  proof: {
    caseStudies: [
      {
        customer: "Kranich Spedition",
        industry: "Logistik",
        outcome: { value: 38, unit: "%", label: "weniger Leerfahrten" },
        timeframe: "innerhalb von sechs Monaten",
      },
    ],
    references: [{ name: "Elbtal Frische", industry: "Lebensmittelhandel" }],
  },
  priceAnchor: { amount: 490, currency: "EUR", per: "month" },
  cta: { kind: "call-15" },
  senderName: "Mara Lindqvist",
  signature: "RoutePilot GmbH · Beispielstraße 1 · 20095 Hamburg",
  defaultLanguage: "de",
  formality: "sie",
};

export const offerEn: OfferInput = {
  ...offerDe,
  problem: "manual dispatch planning",
  successMetrics: [{ dimension: "time", value: 40, unit: "%", label: "less time spent on dispatch" }],
  currentAlternative: { what: "spreadsheets and phone calls", shortfall: "that breaks as soon as volumes grow" },
  proof: {
    caseStudies: [
      {
        customer: "Heron Freight",
        industry: "Logistics",
        outcome: { value: 38, unit: "%", label: "fewer empty runs" },
        timeframe: "within six months",
      },
    ],
    references: [{ name: "Valley Fresh", industry: "Food retail" }],
  },
  signature: "RoutePilot Ltd · 1 Example Street · London",
  defaultLanguage: "en",
};

const signals: DraftSequenceInput["signals"] = [
  {
    type: "post",
    summary: "Beitrag über Verzögerungen in der Hochsaison vor einer Woche",
    date: Date.UTC(2026, 10, 20),
  },
  { type: "funding", summary: "Series-A-Finanzierung über 12 Mio. € im Oktober", date: Date.UTC(2026, 9, 2) },
];

export const richDe: DraftSequenceInput = {
  person: {
    id: "p-anna",
    profileUrl: "https://www.linkedin.com/in/anna-beispiel/",
    name: "Dr. Anna von der Heide",
    headline: "Leiterin Disposition bei Nordwind Logistik",
    location: "Hamburg, Deutschland",
    gender: "female",
  },
  company: { name: "Nordwind Logistik", industry: "Logistik", domain: "nordwind-logistik.example" },
  facts: [
    {
      text: "Nordwind Logistik sucht gerade vier Disponenten in Hamburg",
      sourceUrl: "https://nordwind-logistik.example/jobs",
    },
    {
      text: "Im Oktober hat Nordwind ein zweites Lager in Bremen eröffnet",
      sourceUrl: "https://nordwind-logistik.example/news",
    },
    {
      text: "Die Flotte ist 2026 auf 120 Fahrzeuge gewachsen",
      sourceUrl: "https://nordwind-logistik.example/about",
    },
  ],
  signals,
  offer: offerDe,
  variantSeed: 0,
};

export const richEn: DraftSequenceInput = {
  person: {
    id: "p-jane",
    profileUrl: "https://www.linkedin.com/in/jane-example/",
    name: "Jane Holloway",
    headline: "Head of Operations at Northwind Haulage",
    location: "Manchester, United Kingdom",
  },
  company: { name: "Northwind Haulage", industry: "logistics", domain: "northwind-haulage.example" },
  facts: [
    {
      text: "Northwind Haulage is hiring four dispatchers in Leeds",
      sourceUrl: "https://northwind-haulage.example/jobs",
    },
    { text: "You opened a second depot in Bristol in October", sourceUrl: "https://northwind-haulage.example/news" },
    { text: "Your fleet grew to 120 trucks this year", sourceUrl: "https://northwind-haulage.example/about" },
  ],
  signals: [
    { type: "post", summary: "Posted about peak-season delays last week", date: Date.UTC(2026, 10, 20) },
    { type: "funding", summary: "Raised a £10M Series A in October", date: Date.UTC(2026, 9, 2) },
  ],
  offer: offerEn,
  variantSeed: 0,
};

export const sparse: DraftSequenceInput = { person: { name: "Kim" } };
