import type { CompanyFields } from "../../model";

/**
 * What each captured company field must look like, checked in the content script
 * without Zod (which would triple the script's size). The background validates the
 * whole capture with the model's Zod schema; these rules drop a bad value early so
 * that one odd field never costs the whole capture. A test keeps them in step with
 * the schema.
 */
type Rule = (value: unknown) => boolean;

const maxText = 100_000;
const text: Rule = (value) => typeof value === "string" && value.length > 0 && value.length <= maxText;
const count: Rule = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
const year: Rule = (value) => Number.isInteger(value) && (value as number) >= 1000 && (value as number) <= 2200;
const texts: Rule = (value) => Array.isArray(value) && value.every(text);
const optional =
  (rule: Rule): Rule =>
  (value) =>
    value === undefined || rule(value);
const round: Rule = (value) => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  return (
    optional(text)(r.round) &&
    optional((amount) => typeof amount === "number" && Number.isFinite(amount) && amount >= 0)(r.amount) &&
    optional((currency) => typeof currency === "string" && currency.length <= 8)(r.currency) &&
    optional(text)(r.date) &&
    optional(texts)(r.investors)
  );
};
const counts: Rule = (value) =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every(count);

export const companyFieldRules: Record<keyof CompanyFields, Rule> = {
  name: text,
  tagline: text,
  description: text,
  website: text,
  industry: text,
  sizeBand: text,
  employeesOnLinkedIn: count,
  headquarters: text,
  founded: year,
  specialties: texts,
  type: text,
  followers: count,
  locations: texts,
  funding: (value) => Array.isArray(value) && value.every(round),
  openJobs: count,
  jobTitles: texts,
  departmentCounts: counts,
  technologies: texts,
  customers: texts,
};

/** Whether a captured value may be kept for a company field. */
export function validCompanyValue(field: string, value: unknown): boolean {
  const rule = (companyFieldRules as Record<string, Rule | undefined>)[field];
  return rule ? rule(value) : false;
}
