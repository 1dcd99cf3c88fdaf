import type { Company, Person } from "../model";
import { type NameParts, splitName } from "./names";

/** A person with their company: the unit every export works on. */
export interface Prospect {
  person: Person;
  company?: Company;
}

/** Joins people to their companies by companyId. */
export function prospectsOf(people: readonly Person[], companies: readonly Company[]): Prospect[] {
  const byId = new Map(companies.map((c) => [c.id, c]));
  return people.map((person) => ({ person, company: person.companyId ? byId.get(person.companyId) : undefined }));
}

/** The plain values exports need, derived once per prospect. */
export interface ProspectFields extends NameParts {
  name: string;
  email?: string;
  phone?: string;
  jobTitle?: string;
  companyName?: string;
  website?: string;
  city?: string;
  country?: string;
  linkedinUrl: string;
  companyLinkedinUrl?: string;
  industry?: string;
  employees?: number;
  headquarters?: string;
}

export function fieldsOf({ person, company }: Prospect): ProspectFields {
  const role = person.currentRoles?.[0];
  // LinkedIn shows "Berlin, Berlin, Germany": the first part is the city, the last the country.
  const place = person.location?.split(",").map((part) => part.trim()) ?? [];
  return {
    ...splitName(person.name),
    name: person.name.trim(),
    email: person.contact?.emails[0],
    phone: person.contact?.phones[0],
    jobTitle: role?.title ?? person.headline,
    companyName: company?.name ?? role?.companyName,
    website: websiteOf(company) ?? person.contact?.websites[0],
    city: place.length > 1 ? place[0] : undefined,
    country: place.length > 1 ? place.at(-1) : place[0],
    linkedinUrl: person.profileUrl,
    companyLinkedinUrl: company?.linkedinUrl ?? role?.companyLinkedInUrl,
    industry: company?.industry,
    employees: company?.employeesOnLinkedIn,
    headquarters: company?.headquarters,
  };
}

function websiteOf(company: Company | undefined): string | undefined {
  if (company?.website) return company.website;
  return company?.domain ? `https://${company.domain}` : undefined;
}
