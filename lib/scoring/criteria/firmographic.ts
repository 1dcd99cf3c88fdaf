import type { CriterionOf } from "../../model/icp";
import { companyRevenue, fieldEvidence } from "../evidence";
import { normaliseCompanyType } from "../normalise/company-type";
import { normaliseIndustry } from "../normalise/industry";
import { convertMoney, parseMoney } from "../normalise/revenue";
import { parseSizeBand, representativeCount, type SizeRange } from "../normalise/size";
import { type Evaluate, judged, unknown } from "../types";

export function compileIndustry(criterion: CriterionOf<"industry">): Evaluate {
  const wanted = new Set<string>(criterion.industries);
  return ({ company }) => {
    if (!company?.industry) return unknown;
    const evidence = fieldEvidence(company.sources, "industry", company.industry);
    // A named industry outside the taxonomy is still known: it is not one of ours.
    const id = normaliseIndustry(company.industry);
    return judged(id !== undefined && wanted.has(id), evidence);
  };
}

/** A band matches when its midpoint lies in the wanted range (see representativeCount). */
export function compileEmployees(criterion: CriterionOf<"employees">): Evaluate {
  return ({ company }) => {
    const size = company && companySize(company.sizeBand, company.employeesOnLinkedIn);
    if (!company || !size) return unknown;
    const evidence = fieldEvidence(company.sources, size.field, size.text);
    return judged(within(representativeCount(size.range), criterion.min, criterion.max), evidence);
  };
}

export function compileRevenue(criterion: CriterionOf<"revenue">): Evaluate {
  return ({ company }) => {
    const evidence = company && companyRevenue(company);
    const money = evidence && parseMoney(evidence.value);
    if (!money) return unknown;
    return judged(within(convertMoney(money, criterion.currency), criterion.min, criterion.max), evidence);
  };
}

export function compileFounded(criterion: CriterionOf<"founded">): Evaluate {
  return ({ company }) => {
    if (company?.founded === undefined) return unknown;
    const evidence = fieldEvidence(company.sources, "founded", String(company.founded));
    return judged(within(company.founded, criterion.from, criterion.to), evidence);
  };
}

export function compileCompanyType(criterion: CriterionOf<"company-type">): Evaluate {
  const wanted = new Set<string>(criterion.types);
  return ({ company }) => {
    const type = company?.type && normaliseCompanyType(company.type);
    if (!company?.type || !type) return unknown;
    return judged(wanted.has(type), fieldEvidence(company.sources, "type", company.type));
  };
}

export function within(value: number, min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY): boolean {
  return value >= min && value <= max;
}

type KnownSize = { range: SizeRange; field: "sizeBand" | "employeesOnLinkedIn"; text: string };

/** The size band wins; the LinkedIn member count stands in for the head count otherwise. */
function companySize(band: string | undefined, members: number | undefined): KnownSize | undefined {
  const range = band ? parseSizeBand(band) : undefined;
  if (band && range) return { range, field: "sizeBand", text: band };
  if (members === undefined) return undefined;
  return { range: { min: members, max: members }, field: "employeesOnLinkedIn", text: `${members} on LinkedIn` };
}
