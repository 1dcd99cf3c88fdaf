import type { CompanyCapture, CompanyFields } from "../../model";
import { canonicalCompanyUrl } from "../../pages";
import { companyFromCodeJson } from "./company-code-json";
import {
  companyFromLabels,
  companyFromLocations,
  companyFromTitle,
  companyFromTopCard,
  companyFromTopCardPlace,
} from "./company-dom";
import { validCompanyValue } from "./company-field-rules";
import { companyFromFunding } from "./company-funding";
import { companyFromJsonLd } from "./company-jsonld";
import { type CompanyPage, type CompanyTab, companyPage, type StrategyResult } from "./company-page";
import { companyFromJobs, companyFromPeople } from "./company-tabs";

export const companyExtractorId = "linkedin-company";
export const companyExtractorVersion = "1.0.0";

/** Fields health reports on for every tab; the jobs and people tabs add their own. */
export const companyFields = [
  "name",
  "tagline",
  "description",
  "website",
  "industry",
  "sizeBand",
  "employeesOnLinkedIn",
  "headquarters",
  "founded",
  "specialties",
  "type",
  "followers",
  "locations",
  "funding",
] as const satisfies readonly (keyof CompanyFields)[];

const tabFields: Partial<Record<CompanyTab, readonly (keyof CompanyFields)[]>> = {
  jobs: ["openJobs", "jobTitles"],
  people: ["departmentCounts"],
};

/** Strategies from the most to the least structured; the first that finds a field wins. */
const strategies: readonly ((page: CompanyPage) => StrategyResult)[] = [
  companyFromJsonLd,
  companyFromCodeJson,
  companyFromTopCard,
  companyFromLabels,
  companyFromTopCardPlace,
  companyFromLocations,
  companyFromFunding,
  companyFromJobs,
  companyFromPeople,
  companyFromTitle,
];

/**
 * Reads the company in the address bar from a LinkedIn company page (any tab, logged
 * in or out). Pure over (document, url); never throws: a failing strategy finds nothing.
 */
export function extractLinkedInCompany(doc: Document, url: string, now = Date.now()): CompanyCapture | undefined {
  const linkedinUrl = canonicalCompanyUrl(url);
  if (!linkedinUrl) return undefined;
  const { fields, found, tab } = mergeStrategies(doc, linkedinUrl, url);
  const reported = [...companyFields, ...(tabFields[tab] ?? [])];
  const health = { found, missing: reported.filter((field) => found[field] === undefined) };
  const company = fields.name ? ({ ...fields, name: fields.name } satisfies CompanyFields) : undefined;
  return {
    kind: "company",
    url,
    linkedinUrl,
    capturedAt: now,
    extractor: companyExtractorId,
    extractorVersion: companyExtractorVersion,
    health,
    company,
    strategies: found,
  };
}

function mergeStrategies(
  doc: Document,
  linkedinUrl: string,
  url: string,
): { fields: Partial<CompanyFields>; found: Record<string, string>; tab: CompanyTab } {
  const fields: Record<string, unknown> = {};
  const found: Record<string, string> = {};
  let page: CompanyPage;
  try {
    page = companyPage(doc, linkedinUrl, url);
  } catch {
    // A document without the basics (no body yet): report everything missing.
    return { fields, found, tab: "overview" };
  }
  for (const run of strategies) {
    const { strategy, fields: layer } = safely(run, page);
    for (const [field, value] of Object.entries(layer)) {
      if (found[field] || !present(value) || !validCompanyValue(field, value)) continue;
      fields[field] = value;
      found[field] = strategy;
    }
  }
  return { fields: fields as Partial<CompanyFields>, found, tab: page.tab };
}

/** Runs one strategy; an unexpected page shape costs that strategy only. */
function safely(run: (page: CompanyPage) => StrategyResult, page: CompanyPage): StrategyResult {
  try {
    return run(page);
  } catch {
    return { strategy: "failed", fields: {} };
  }
}

function present(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}
