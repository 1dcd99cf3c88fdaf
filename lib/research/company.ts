import { companyName } from "./company-name";
import { blockAddresses, cityOf, findAddresses } from "./contact";
import { extractCustomers } from "./customers";
import { domProducts, menuProducts } from "./facts-products";
import { employeeHints, foundedYear, foundingPlace, headquartersFromText, officeLocations } from "./facts-text";
import { industryHints } from "./industry";
import {
  asObjects,
  isOrganization,
  type LdObject,
  ldAddress,
  ldLocality,
  ldObjects,
  ldText,
  ldTexts,
  ldTypes,
  ldYear,
} from "./jsonld";
import { legalEntity } from "./legal";
import { withPageMemo } from "./page-memo";
import { extractPricing } from "./pricing";
import { extractSocialLinks } from "./social";
import { joinedLines, metaContent, textLines, unique } from "./text";
import type { EmployeeHint, SiteCompany } from "./types";

/** What one page says about the company: JSON-LD first, then meta tags, then the visible text. */
export function extractCompany(doc: Document, url: string): SiteCompany {
  return withPageMemo(() => companyOf(doc, url));
}

function companyOf(doc: Document, url: string): SiteCompany {
  const objects = ldObjects(doc);
  const org = objects.find(isOrganization);
  const lines = doc.body ? textLines(doc.body) : [];
  const stated = unique([...asObjects(org?.address).map(ldAddress), ldAddress(org?.address), ...findAddresses(lines)]);
  // Only when the text gives none: the footer's own text nodes may part what the text runs together.
  const addresses = stated.length ? stated : blockAddresses(doc);
  const description = ldText(org?.description) ?? metaContent(doc, "description") ?? metaContent(doc, "og:description");
  const name = companyName(doc, url, org);
  return {
    name,
    // The name may be the brand where JSON-LD names the legal entity ("Acme" of "Acme Software GmbH").
    legalName:
      ldText(org?.legalName) ??
      copyrightEntity(lines) ??
      nameWithLegalForm(ldText(org?.name)) ??
      nameWithLegalForm(name),
    description,
    industryHints: industryHints([...industryTexts(org), doc.title, description ?? ""]),
    headquarters:
      notPlaceholder(ldLocality(org?.address)) ??
      headquartersFromText(lines) ??
      cityOf(addresses[0] ?? "") ??
      foundingPlace(lines) ??
      (description ? foundingPlace([description]) : undefined),
    addresses,
    // The description is the company's own summary: "Softwareagentur in Köln, gegründet 2009".
    founded: ldYear(org?.foundingDate) ?? foundedYear(lines) ?? (description ? foundedYear([description]) : undefined),
    employeeHints: [...ldEmployees(org), ...employeeHints(lines)],
    locations: unique([...asObjects(org?.location).map(ldLocality), ...officeLocations(lines)]),
    social: extractSocialLinks(doc, url),
    customers: extractCustomers(doc),
    pricing: extractPricing(doc, url),
    products: unique([...products(objects), ...domProducts(doc), ...menuProducts(doc)]),
    // Filled by researchPage, which also has the response headers.
    technologies: [],
    funding: [],
  };
}

/**
 * Industries the company's own structured data and its name tell ("Möwe Logistik"), leaving out
 * what the page's title and summary say.
 */
export function statedIndustries(doc: Document, name: string | undefined): string[] {
  return withPageMemo(() => industryHints([...industryTexts(ldObjects(doc).find(isOrganization)), name ?? ""]));
}

function industryTexts(org: LdObject | undefined): string[] {
  return [ldTexts(org?.industry).join(" "), ldTexts(org?.knowsAbout).join(" ")];
}

// A template's placeholder left in the structured data ("TODO: Stadt", "[City]", "{{ort}}") names no place.
const placeholder = /\bTODO\b|\bTBD\b|[[\]{}]|\bX{3,}\b/i;

function notPlaceholder(value: string | undefined): string | undefined {
  return value && !placeholder.test(value) ? value : undefined;
}

/** "© 2025 Nordlicht Analytics GmbH" in the footer names the legal entity. */
function copyrightEntity(lines: readonly string[]): string | undefined {
  // A copyright line is rare: the page's text says at once whether there is one.
  if (!copyright.test(joinedLines(lines))) return undefined;
  for (const line of lines) {
    if (!copyright.test(line)) continue;
    const entity = legalEntity(line.replace(/^.*?(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)*(?:\d{4})?\s*/i, ""));
    if (entity) return entity.name;
  }
  return undefined;
}

const copyright = /©|\(c\)|copyright/i;

/** A name that is wholly a legal entity ("Kranich Robotik GmbH") is the legal name when nothing states one. */
function nameWithLegalForm(name: string | undefined): string | undefined {
  return name && legalEntity(name)?.name === name ? name : undefined;
}

function ldEmployees(org: LdObject | undefined): EmployeeHint[] {
  const value = asObjects(org?.numberOfEmployees)[0];
  const exact = Number(ldText(value?.value ?? org?.numberOfEmployees));
  const min = Number(ldText(value?.minValue));
  const max = Number(ldText(value?.maxValue));
  if (Number.isInteger(exact) && exact > 0) return [{ text: `${exact} (JSON-LD)`, min: exact }];
  if (Number.isInteger(min) && min > 0) return [{ text: `${min}-${max || ""} (JSON-LD)`, min, max: max || undefined }];
  return [];
}

const productTypes = new Set(["Product", "SoftwareApplication", "WebApplication", "MobileApplication", "Service"]);

function products(objects: readonly LdObject[]): string[] {
  return unique(
    objects
      .filter((object) => ldTypes(object).some((type) => productTypes.has(type)))
      .map((object) => ldText(object.name)),
  );
}
