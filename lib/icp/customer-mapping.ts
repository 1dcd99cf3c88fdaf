import { z } from "zod";
import { fold } from "../scoring/normalise/text";

export const customerFields = [
  "name",
  "domain",
  "industry",
  "employees",
  "revenue",
  "value",
  "country",
  "technologies",
] as const;
export type CustomerField = (typeof customerFields)[number];

/** Field → column index; the user edits it in the mapping step before the analysis runs. */
export const customerMappingSchema = z.partialRecord(z.enum(customerFields), z.number().int().nonnegative());
export type CustomerMapping = z.infer<typeof customerMappingSchema>;

/**
 * Header names per field, English and German, from CRM exports (HubSpot, Pipedrive,
 * Salesforce) and hand-made sheets; earlier names are better matches.
 */
// biome-ignore format: one field per line reads as a table
const synonyms: Record<CustomerField, readonly string[]> = {
  name: ["company name", "account name", "organization name", "organisation name", "firmenname", "unternehmen", "firma", "company", "account", "organisation", "organization", "kunde", "name"],
  domain: ["domain", "website url", "website", "webseite", "homepage", "url"],
  industry: ["industry", "branche", "sector", "sektor", "industrie"],
  employees: ["no. of employees", "number of employees", "employee count", "employees", "anzahl mitarbeiter", "mitarbeiteranzahl", "mitarbeiter", "beschaftigte", "company size", "headcount", "grosse", "size"],
  revenue: ["annual revenue", "jahresumsatz", "revenue", "umsatz", "turnover"],
  value: ["arr", "ltv", "lifetime value", "customer lifetime value", "acv", "mrr", "contract value", "deal value", "vertragswert", "kundenwert", "customer value", "deal amount", "amount", "betrag", "value", "wert"],
  country: ["country", "hq country", "billing country", "land", "hauptsitz", "headquarters", "standort", "location", "city", "stadt", "ort"],
  technologies: ["technologies", "tech stack", "technologien", "technology", "tools", "stack"],
};

/** Best guess of which column holds which field: exact header names first, then headers containing a name. */
export function guessMapping(headers: readonly string[]): CustomerMapping {
  const folded = headers.map(fold);
  const taken = new Set<number>();
  const mapping: CustomerMapping = {};
  for (const exact of [true, false]) {
    for (const field of customerFields) {
      if (mapping[field] !== undefined) continue;
      const column = findColumn(folded, synonyms[field], taken, exact);
      if (column === undefined) continue;
      mapping[field] = column;
      taken.add(column);
    }
  }
  return mapping;
}

function findColumn(
  headers: readonly string[],
  names: readonly string[],
  taken: Set<number>,
  exact: boolean,
): number | undefined {
  for (const name of names) {
    const index = headers.findIndex(
      (header, i) => !taken.has(i) && (exact ? header === name : containsWord(header, name)),
    );
    if (index >= 0) return index;
  }
  return undefined;
}

/** "ARR (EUR)" contains "arr"; "Carrier" does not. */
function containsWord(header: string, name: string): boolean {
  return new RegExp(`(^|[^a-z])${escapeRegExp(name)}($|[^a-z])`).test(header);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
