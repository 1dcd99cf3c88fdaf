import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { type Company, companySchema } from "../../../lib/model/company";
import type { Icp, IcpCriterion, IcpCriterionDraft } from "../../../lib/model/icp";
import { type Person, personSchema } from "../../../lib/model/person";
import type { Signal } from "../../../lib/model/signal";
import { score } from "../../../lib/scoring/score";

/** 2026-06-01, so fixture dates read the same on every run. */
export const NOW = Date.UTC(2026, 5, 1);

export function fixture(name: string): string {
  // Vitest runs from the project root; import.meta.url is root-relative under its transform.
  return readFileSync(resolve(process.cwd(), "tests/fixtures/icp", name), "utf8");
}

const companies = z.array(companySchema).parse(JSON.parse(fixture("companies.json")));
const people = z.array(personSchema).parse(JSON.parse(fixture("people.json")));

export function company(id: string): Company {
  const found = companies.find((entry) => entry.id === `company-${id}`);
  if (!found) throw new Error(`No company fixture ${id}`);
  return structuredClone(found);
}

export function person(id: string): Person {
  const found = people.find((entry) => entry.id === `person-${id}`);
  if (!found) throw new Error(`No person fixture ${id}`);
  return structuredClone(found);
}

let nextId = 0;

export function criterion(draft: IcpCriterionDraft, id = `c${++nextId}`): IcpCriterion {
  return { ...draft, id } as IcpCriterion;
}

export function icp(criteria: IcpCriterion[], threshold = 60): Icp {
  return { id: "icp", name: "Test ICP", criteria, threshold, active: true, createdAt: 0, updatedAt: 0 };
}

export const weight = (value: 1 | 2 | 3 | 4 | 5) => ({ kind: "weight", weight: value }) as const;

export function signal(type: Signal["type"], summary: string, date: number): Signal {
  return {
    id: `signal-${type}-${date}`,
    type,
    summary,
    date,
    provenance: { sourceUrl: "https://news.example/item", capturedAt: date, extractor: "news", extractorVersion: "1" },
  };
}

export const monthsAgo = (months: number) => NOW - months * 30.44 * 24 * 60 * 60 * 1000;

type Subject = { person?: Person; company?: Company; signals?: Signal[] };

/** Status and evidence of one weighted criterion for one prospect. */
export function judge(draft: IcpCriterionDraft, subject: Subject) {
  const result = score(subject.person, subject.company, icp([criterion(draft)]), subject.signals ?? [], NOW);
  const row = result.breakdown[0];
  if (!row) throw new Error("No breakdown row");
  return row;
}
