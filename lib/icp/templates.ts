import type { Icp, IcpCriterion, IcpCriterionDraft } from "../model/icp";
import { newId } from "../model/ids";
import { geoPresets } from "../scoring/normalise/location";

export type IcpTemplate = {
  id: string;
  name: string;
  description: string;
  threshold: number;
  criteria: readonly IcpCriterionDraft[];
};

const weight = (value: 1 | 2 | 3 | 4 | 5) => ({ kind: "weight", weight: value }) as const;

/** Starting points for the ICP editor; each keeps to the recommended 3-5 criteria. */
export const icpTemplates: readonly IcpTemplate[] = [
  {
    id: "b2b-saas-dach",
    name: "B2B SaaS, DACH, 50-500 employees",
    description: "Software companies in Germany, Austria and Switzerland with a sales team to equip.",
    threshold: 60,
    criteria: [
      { kind: "industry", industries: ["software", "it-services", "internet"], importance: weight(5) },
      { kind: "employees", min: 50, max: 500, importance: weight(4) },
      { kind: "location", countries: [...geoPresets.DACH], importance: { kind: "must" } },
      { kind: "seniority", seniorities: ["c-level", "vp", "head", "director"], importance: weight(4) },
      { kind: "job-function", functions: ["sales", "executive"], importance: weight(3) },
    ],
  },
  {
    id: "funded-startups-eu",
    name: "Recently funded start-ups, Europe",
    description: "Seed to Series B companies that raised in the last year and are hiring engineers.",
    threshold: 60,
    criteria: [
      { kind: "funding-stage", stages: ["seed", "series-a", "series-b"], importance: weight(4) },
      { kind: "raised-within", months: 12, importance: weight(5) },
      { kind: "hiring", department: "engineering", importance: weight(4) },
      { kind: "employees", min: 11, max: 200, importance: weight(3) },
      { kind: "seniority", seniorities: ["c-level", "vp", "head"], importance: weight(4) },
    ],
  },
  {
    id: "mid-market-manufacturing-dach",
    name: "Mid-market manufacturing, DACH",
    description: "Manufacturers with 200-5,000 employees and an engineering team of ten or more.",
    threshold: 55,
    criteria: [
      {
        kind: "industry",
        industries: ["manufacturing", "machinery", "automotive", "electrical"],
        importance: weight(5),
      },
      { kind: "employees", min: 200, max: 5000, importance: weight(4) },
      { kind: "location", countries: [...geoPresets.DACH], importance: weight(3) },
      { kind: "department-size", department: "engineering", min: 10, importance: weight(3) },
      { kind: "company-type", types: ["public", "government"], importance: { kind: "must-not" } },
    ],
  },
];

export function findTemplate(id: string): IcpTemplate | undefined {
  return icpTemplates.find((template) => template.id === id);
}

/** A new ICP from a template, with fresh ids so two ICPs from one template never share criteria. */
export function icpFromTemplate(template: IcpTemplate, now: number, makeId: () => string = newId): Icp {
  return {
    id: makeId(),
    name: template.name,
    description: template.description,
    criteria: template.criteria.map((draft) => withId(draft, makeId())),
    threshold: template.threshold,
    active: true,
    createdAt: now,
    updatedAt: now,
  };
}

/** Gives a draft its id; the cast restores the union that spreading a union loses. */
export function withId(draft: IcpCriterionDraft, id: string): IcpCriterion {
  return { ...draft, id } as IcpCriterion;
}
