import type { CompanyFields } from "../../model";
import { canonicalCompanyUrl } from "../../pages";
import { hasType, jsonLdObjects } from "../dom";
import type { CompanyPage, StrategyResult } from "./company-page";
import { cleanText } from "./company-parse";

type JsonObject = Record<string, unknown>;

/**
 * Public (logged-out) pages carry a JSON-LD Organization. Only the one whose URL is
 * this company counts; one without a URL only when it is the page's only organization.
 */
export function companyFromJsonLd(page: CompanyPage): StrategyResult {
  const organizations = jsonLdObjects(page.doc).filter((object) => hasType(object, "Organization"));
  const own = organizations.find((object) => urlOf(object) === page.linkedinUrl);
  const organization = own ?? (organizations.length === 1 && !urlOf(organizations[0]) ? organizations[0] : undefined);
  return { strategy: "json-ld", fields: organization ? fieldsOf(organization) : {} };
}

function fieldsOf(organization: JsonObject): Partial<CompanyFields> {
  const employees = organization.numberOfEmployees;
  return {
    name: cleanText(organization.name),
    tagline: cleanText(organization.slogan),
    description: cleanText(organization.description),
    website: websiteOf(organization.sameAs),
    employeesOnLinkedIn:
      typeof employees === "object" && employees ? numberOf((employees as JsonObject).value) : undefined,
    headquarters: addressOf(organization.address),
    founded: numberOf(organization.foundingDate),
  };
}

function urlOf(object: JsonObject | undefined): string | undefined {
  return typeof object?.url === "string" ? canonicalCompanyUrl(object.url) : undefined;
}

/** `sameAs` is the company website on LinkedIn pages; skip links back to LinkedIn. */
function websiteOf(sameAs: unknown): string | undefined {
  const links = Array.isArray(sameAs) ? sameAs : [sameAs];
  return links.map(cleanText).find((link) => link && !/linkedin\.com/i.test(link));
}

function addressOf(address: unknown): string | undefined {
  if (typeof address !== "object" || address === null) return undefined;
  const record = address as JsonObject;
  const parts = [record.addressLocality, record.addressRegion, record.addressCountry].map(cleanText);
  const unique = parts.filter((part, index): part is string => !!part && part !== parts[index - 1]);
  return unique.length ? unique.join(", ") : undefined;
}

function numberOf(value: unknown): number | undefined {
  const number = typeof value === "string" ? Number.parseInt(value, 10) : value;
  return typeof number === "number" && Number.isFinite(number) ? number : undefined;
}
