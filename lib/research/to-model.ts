import type { CompanyFields } from "../model/company";
import type { SiteResearch } from "./types";

/** LinkedIn's size bands, so website and LinkedIn captures compare. */
const bands: readonly [number, string][] = [
  [10_001, "10,001+"],
  [5001, "5,001-10,000"],
  [1001, "1,001-5,000"],
  [501, "501-1,000"],
  [201, "201-500"],
  [51, "51-200"],
  [11, "11-50"],
  [1, "1-10"],
];

// A logo wall can name dozens: the record keeps the first ones, in the site's order.
const maxCustomers = 20;

/**
 * The merged research as the company fields of the data model; a site that names no company goes
 * by its domain. Jobs per department are not the model's department counts (LinkedIn's staff per
 * department), so they stay in the research.
 */
export function toCompanyFields(
  site: SiteResearch,
  { website, domain }: { website?: string; domain: string },
): CompanyFields {
  const company = site.company;
  const name = company.name ?? company.legalName ?? site.impressum?.legalName ?? domain;
  return {
    name,
    tagline: company.tagline,
    description: company.description,
    website,
    industry: company.industryHints[0],
    sizeBand: sizeBand(company.employeeHints.map((hint) => hint.min)),
    headquarters: company.headquarters,
    founded: company.founded,
    locations: company.locations.length ? company.locations : undefined,
    funding: company.funding.length ? company.funding : undefined,
    openJobs: site.jobs.length || undefined,
    jobTitles: site.jobs.length ? site.jobs.map((job) => job.title) : undefined,
    technologies: company.technologies.length ? company.technologies : undefined,
    customers: company.customers.length ? company.customers.slice(0, maxCustomers) : undefined,
  };
}

/** The band of the largest stated head count: "over 200" is at least 200. */
function sizeBand(counts: readonly number[]): string | undefined {
  const largest = Math.max(0, ...counts);
  return largest ? bands.find(([floor]) => largest >= floor)?.[1] : undefined;
}
