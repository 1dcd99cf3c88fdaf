import type { Company } from "../model/company";
import type { Person } from "../model/person";
import type { FieldSources } from "../model/provenance";
import type { Evidence } from "./types";

/** Evidence for a stored field, linked to the page the field was captured from. */
export function fieldEvidence(sources: FieldSources, field: string, value: string): Evidence {
  const sourceUrl = sources[field]?.sourceUrl;
  return sourceUrl ? { value, sourceUrl } : { value };
}

/** The person's current job title: the current position, else the first listed, else the headline. */
export function currentTitle(person: Person | undefined): Evidence | undefined {
  if (!person) return undefined;
  const role = person.currentRoles?.find((position) => position.current) ?? person.currentRoles?.[0];
  if (role?.title) return fieldEvidence(person.sources, "currentRoles", role.title);
  return person.headline ? fieldEvidence(person.sources, "headline", person.headline) : undefined;
}

/**
 * Company revenue is not captured from LinkedIn; CRM imports may add it. Read defensively so
 * a later `revenue` field on the company model is scored without touching this module.
 */
export function companyRevenue(company: Company): Evidence | undefined {
  const revenue = "revenue" in company ? company.revenue : undefined;
  if (typeof revenue === "number") return fieldEvidence(company.sources, "revenue", String(revenue));
  if (typeof revenue === "string" && revenue.trim()) return fieldEvidence(company.sources, "revenue", revenue);
  return undefined;
}
