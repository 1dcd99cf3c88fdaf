import { hasType, jsonLdObjects } from "../capture/dom";
import { memoPerPage } from "./page-memo";
import { clean, isoDate, unique } from "./text";

/** Typed readings of a page's JSON-LD. Values are loosely typed in the wild: read defensively. */

export type LdObject = Record<string, unknown>;

const organizationTypes =
  /^(Organization|Corporation|LocalBusiness|OnlineBusiness|OnlineStore|NGO|ProfessionalService|FinancialService|LegalService|.*(Business|Store|Company|Agency|Organization))$/;
const articleTypes = ["NewsArticle", "BlogPosting", "Article", "TechArticle", "Report", "PressRelease"];

/** All JSON-LD objects, including ones nested one level down (publisher, hiringOrganization, author). */
export const ldObjects: (doc: Document) => readonly LdObject[] = memoPerPage((doc: Document) => {
  const top = jsonLdObjects(doc);
  const nested = top.flatMap((object) => Object.values(object).flatMap(asObjects));
  return [...top, ...nested];
});

export function ldTypes(object: LdObject): string[] {
  const type = object["@type"];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === "string");
}

export function isOrganization(object: LdObject): boolean {
  return ldTypes(object).some((type) => organizationTypes.test(type));
}

export function isArticle(object: LdObject): boolean {
  return articleTypes.some((type) => hasType(object, type));
}

/** A string, or the name / @value / text of an object, or the first of an array. */
export function ldText(value: unknown): string | undefined {
  if (typeof value === "string") return clean(decodeEntities(value)) || undefined;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(ldText).find(Boolean);
  if (typeof value === "object" && value !== null) {
    const record = value as LdObject;
    return ldText(record.name ?? record["@value"] ?? record.text);
  }
  return undefined;
}

/** Some sites HTML-escape JSON-LD strings twice ("&#8217;"): undo the common entities. */
function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** Every string value of a field that may be a string, an object or an array of them. */
export function ldTexts(value: unknown): string[] {
  if (Array.isArray(value)) return unique(value.map(ldText));
  return unique([ldText(value)]);
}

export function asObjects(value: unknown): LdObject[] {
  if (Array.isArray(value)) return value.flatMap(asObjects);
  return typeof value === "object" && value !== null ? [value as LdObject] : [];
}

/** A PostalAddress (or plain string) as one line: "Street 1, 20095 Hamburg, DE". */
export function ldAddress(value: unknown): string | undefined {
  if (typeof value === "string") return clean(value) || undefined;
  const address = asObjects(value)[0];
  if (!address) return undefined;
  const place = [ldText(address.postalCode), ldText(address.addressLocality)].filter(Boolean).join(" ");
  const parts = [ldText(address.streetAddress), place, ldText(address.addressRegion), ldText(address.addressCountry)];
  return unique(parts).join(", ") || undefined;
}

/** The locality of a PostalAddress or Place, for job and office locations. */
export function ldLocality(value: unknown): string | undefined {
  for (const place of asObjects(value)) {
    const address = asObjects(place.address)[0] ?? place;
    const city = ldText(address.addressLocality) ?? ldText(place.name);
    if (city) return unique([city, ldText(address.addressCountry)]).join(", ");
  }
  return undefined;
}

export function ldDate(value: unknown): string | undefined {
  return isoDate(ldText(value));
}

/** Founding year from "2019", "2019-04-01" or a number. */
export function ldYear(value: unknown): number | undefined {
  const match = /\b(1[89]\d\d|20\d\d)\b/.exec(ldText(value) ?? "");
  return match ? Number(match[1]) : undefined;
}
