import type { CaptureLog, Company, Fact, Icp, OutreachEvent, Person, Sequence, Signal } from "../../../lib/model";

const at = Date.parse("2026-11-20T10:00:00Z");
const provenance = {
  sourceUrl: "https://www.linkedin.com/in/anna-von-der-heide-example/",
  capturedAt: at,
  extractor: "linkedin-profile",
  extractorVersion: "1",
};

/** Fictional people and companies only. */
export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: "p-anna",
    name: "Anna von der Heide",
    headline: "Head of Revenue Operations at Nordlicht Analytics",
    location: "Hamburg, Germany",
    profileUrl: "https://www.linkedin.com/in/anna-von-der-heide-example/",
    currentRoles: [{ title: "Head of Revenue Operations", companyName: "Nordlicht Analytics", current: true }],
    contact: { emails: ["anna@nordlicht-analytics.example"], phones: ["+49 40 1234567"], websites: [] },
    companyId: "c-nordlicht",
    status: "ready",
    score: 82.4,
    tier: "A",
    sources: { name: provenance },
    history: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function company(overrides: Partial<Company> = {}): Company {
  return {
    id: "c-nordlicht",
    name: "Nordlicht Analytics GmbH",
    website: "https://nordlicht-analytics.example",
    industry: "Software Development",
    employeesOnLinkedIn: 140,
    headquarters: "Hamburg, Germany",
    linkedinUrl: "https://www.linkedin.com/company/nordlicht-analytics-example/",
    sources: {},
    history: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function signal(overrides: Partial<Signal> = {}): Signal {
  return {
    id: "s-1",
    type: "funding",
    companyId: "c-nordlicht",
    summary: "Series A, 12 M EUR",
    date: at,
    provenance,
    ...overrides,
  };
}

export function fact(overrides: Partial<Fact> = {}): Fact {
  return {
    id: "f-1",
    personId: "p-anna",
    text: "Hiring four SDRs in Hamburg",
    selected: true,
    origin: "manual",
    createdAt: at,
    ...overrides,
  };
}

export function icp(overrides: Partial<Icp> = {}): Icp {
  return {
    id: "icp-1",
    name: "Mid-market SaaS DACH",
    criteria: [],
    threshold: 60,
    active: true,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function sequence(overrides: Partial<Sequence> = {}): Sequence {
  return {
    id: "seq-1",
    personId: "p-anna",
    language: "de",
    formality: "sie",
    emails: [
      {
        step: "attention",
        subject: "Ihre vier SDR-Stellen",
        subjectVariant: "A",
        body: "Hallo Frau von der Heide, …",
        edited: false,
      },
    ],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function outreach(overrides: Partial<OutreachEvent> = {}): OutreachEvent {
  return { id: "o-1", personId: "p-anna", type: "sent", step: "attention", at, ...overrides };
}

export function captureLog(overrides: Partial<CaptureLog> = {}): CaptureLog {
  return {
    id: "cap-1",
    kind: "person",
    subjectKey: provenance.sourceUrl,
    url: provenance.sourceUrl,
    at,
    extractor: "linkedin-profile",
    extractorVersion: "1",
    health: { found: { name: "json-ld" }, missing: [] },
    stored: true,
    ...overrides,
  };
}

export const baseTime = at;
