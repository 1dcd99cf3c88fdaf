import type { CompanyFields, FundingRound } from "../../model";
import { canonicalCompanyUrl } from "../../pages";
import type { CompanyPage, StrategyResult } from "./company-page";
import { cleanText, escapeRegExp, roundType } from "./company-parse";

type JsonObject = Record<string, unknown>;

/**
 * Logged-in 2022-2025 pages embed API responses in hidden `<code>` blocks. Their
 * `included` lists hold the viewed company next to similar and affiliated ones, so
 * only the object whose universal name, id or URL is the one in the address bar counts.
 */
export function companyFromCodeJson(page: CompanyPage): StrategyResult {
  const blocks = apiBlocks(page.doc);
  // Parse only blocks that can hold this company: those naming its slug, then those naming its URN.
  const slug = new RegExp(`["/:]${escapeRegExp(page.slug)}["/]`, "i");
  const named = blocks.filter((text) => slug.test(text));
  const entities = new Map<string, JsonObject>();
  addIncluded(entities, named);
  const urn = companyUrn(entities, page);
  if (!urn) return { strategy: "code-json", fields: {} };
  addIncluded(
    entities,
    blocks.filter((text) => !named.includes(text) && text.includes(`"${urn}"`)),
  );
  const company = entities.get(urn);
  return { strategy: "code-json", fields: company ? fieldsOf(company, entities) : {} };
}

/** Texts of the hidden API response blocks; navigation and settings blocks carry no `included` list. */
function apiBlocks(doc: Document): string[] {
  return Array.from(doc.querySelectorAll("code"))
    .map((code) => code.textContent ?? "")
    .filter((text) => text.includes('"included"'));
}

/** Adds every `included` entity, merging same-URN parts (one company is split over several responses). */
function addIncluded(entities: Map<string, JsonObject>, blocks: readonly string[]): void {
  for (const text of blocks) {
    const included = parseBlock(text)?.included;
    if (!Array.isArray(included)) continue;
    for (const item of included) {
      if (typeof item !== "object" || item === null) continue;
      const entity = item as JsonObject;
      const urn = typeof entity.entityUrn === "string" ? entity.entityUrn : undefined;
      if (urn) entities.set(urn, { ...entities.get(urn), ...entity });
    }
  }
}

function parseBlock(text: string): JsonObject | undefined {
  try {
    return JSON.parse(text) as JsonObject;
  } catch {
    // Saved or re-indented pages can break long strings over lines.
    try {
      return JSON.parse(text.replace(/[\n\r\t]+/g, " ")) as JsonObject;
    } catch {
      return undefined;
    }
  }
}

/** The URN of the company in the address bar, by universal name, URL or numeric id. */
function companyUrn(entities: Map<string, JsonObject>, page: CompanyPage): string | undefined {
  for (const [urn, entity] of entities) {
    if (!/company:\d+$/.test(urn)) continue;
    const universalName = cleanText(entity.universalName)?.toLowerCase();
    const url = typeof entity.url === "string" ? canonicalCompanyUrl(entity.url) : undefined;
    if (universalName === page.slug || url === page.linkedinUrl || urn.endsWith(`:${page.slug}`)) return urn;
  }
  return undefined;
}

function fieldsOf(company: JsonObject, entities: Map<string, JsonObject>): Partial<CompanyFields> {
  const range = record(company.employeeCountRange) ?? record(company.staffCountRange);
  return {
    name: cleanText(company.name),
    tagline: cleanText(company.tagline),
    description: cleanText(company.description),
    website: cleanText(company.websiteUrl) ?? cleanText(company.companyPageUrl),
    industry: industryOf(company, entities),
    sizeBand: range ? sizeBandOf(range) : undefined,
    employeesOnLinkedIn: integer(company.employeeCount) ?? integer(company.staffCount),
    headquarters: addressOf(record(company.headquarter)),
    founded: integer(record(company.foundedOn)?.year),
    specialties: strings(company.specialities),
    type: cleanText(record(company.companyType)?.localizedName) ?? cleanText(company.companyType),
    followers: followersOf(company, entities),
    locations: locationsOf(company.groupedLocations) ?? confirmedLocationsOf(company.confirmedLocations),
    funding: fundingOf(record(company.crunchbaseFundingData) ?? record(company.fundingData)),
  };
}

/** Industries are referenced by URN (`*industryV2Taxonomy`, `*industry`) or given inline (2022). */
function industryOf(company: JsonObject, entities: Map<string, JsonObject>): string | undefined {
  for (const key of ["*industryV2Taxonomy", "*industry", "*companyIndustries"]) {
    const urn = Array.isArray(company[key]) ? (company[key] as unknown[])[0] : undefined;
    const entity = typeof urn === "string" ? entities.get(urn) : undefined;
    const name = cleanText(entity?.name) ?? cleanText(entity?.localizedName);
    if (name) return name;
  }
  const inline = Array.isArray(company.companyIndustries) ? record(company.companyIndustries[0]) : undefined;
  return cleanText(inline?.localizedName);
}

function followersOf(company: JsonObject, entities: Map<string, JsonObject>): number | undefined {
  for (const key of ["*followingState", "*followingInfo"]) {
    const urn = company[key];
    const count = typeof urn === "string" ? integer(entities.get(urn)?.followerCount) : undefined;
    if (count !== undefined) return count;
  }
  return integer(record(company.followingInfo)?.followerCount);
}

/** Same wording as the page: "51-200 employees", "10,001+ employees". */
function sizeBandOf(range: JsonObject): string | undefined {
  const start = integer(range.start);
  const end = integer(range.end);
  if (start === undefined) return undefined;
  const format = (value: number) => value.toLocaleString("en-US");
  return end === undefined ? `${format(start)}+ employees` : `${format(start)}-${format(end)} employees`;
}

function addressOf(location: JsonObject | undefined): string | undefined {
  const address = record(location?.address) ?? location;
  if (!address) return undefined;
  const parts = [address.city, address.geographicArea, address.country].map(cleanText).filter(Boolean);
  return parts.length ? parts.join(", ") : undefined;
}

function locationsOf(groups: unknown): string[] | undefined {
  if (!Array.isArray(groups)) return undefined;
  const locations = groups.flatMap((group) => {
    const list = record(group)?.locations;
    return Array.isArray(list) ? list.map((location) => fullAddress(record(location))) : [];
  });
  const found = locations.filter((location): location is string => !!location);
  return found.length ? found : undefined;
}

/** 2021-2022 payloads list offices flat, each an address with a `headquarter` flag. */
function confirmedLocationsOf(list: unknown): string[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const found = list.map((location) => fullAddress(record(location))).filter((text): text is string => !!text);
  return found.length ? found : undefined;
}

function fullAddress(location: JsonObject | undefined): string | undefined {
  const address = record(location?.address) ?? location;
  if (!address) return undefined;
  // Same order as the page shows: "Mountain View, CA 94103, US".
  const area = [address.geographicArea, address.postalCode].map(cleanText).filter(Boolean).join(" ");
  const parts = [address.line1, address.line2, address.city, area, address.country].map(cleanText);
  const present = parts.filter(Boolean);
  return present.length ? present.join(", ") : undefined;
}

function fundingOf(data: JsonObject | undefined): FundingRound[] | undefined {
  const last = record(data?.lastFundingRound);
  if (!last) return undefined;
  const money = record(last.moneyRaised);
  const amount = Number(money?.amount);
  const on = record(last.announcedOn);
  const investors = Array.isArray(last.leadInvestors)
    ? last.leadInvestors.map((investor) => cleanText(record(investor)?.name) ?? cleanText(investor))
    : [];
  const round: FundingRound = {
    round: roundType(cleanText(last.localizedFundingType) ?? cleanText(last.fundingType)),
    amount: Number.isFinite(amount) && money?.amount !== undefined ? amount : undefined,
    currency: cleanText(money?.currencyCode),
    date: on ? dateOf(on) : undefined,
    investors: investors.filter((name): name is string => !!name),
  };
  if (!round.investors?.length) round.investors = undefined;
  return round.round || round.amount !== undefined ? [round] : undefined;
}

function dateOf(date: JsonObject): string | undefined {
  const parts = [date.year, date.month, date.day].map(integer);
  if (parts[0] === undefined) return undefined;
  const present = parts.filter((part): part is number => part !== undefined);
  return present.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, "0"))).join("-");
}

function record(value: unknown): JsonObject | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

function integer(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function strings(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = value.map(cleanText).filter((item): item is string => !!item);
  return list.length ? list : undefined;
}
