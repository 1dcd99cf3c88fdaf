/**
 * Strategy "code-json": logged-in pages of 2019-2025 embed Voyager API responses in hidden
 * `<code>` blocks. Their "included" arrays hold the profile but also the logged-in viewer
 * (the "Me" response) and other people (search results, sidebars), so only the entity whose
 * publicIdentifier is the URL's slug, and entities keyed by its id, are read.
 */
import type { Education, Position } from "../../model";
import {
  cleanName,
  cleanParagraphs,
  cleanText,
  compact,
  currentRolesOf,
  decodeSafe,
  type PersonDraft,
  partialDate,
} from "./profile-draft";
import { profileSelectors } from "./profile-selectors";

type Entity = Record<string, unknown>;

export function personFromCodeJson(doc: Document, slug: string): PersonDraft | undefined {
  const entities = includedEntities(doc);
  const profiles = entities.filter((entity) => isProfileOf(entity, slug));
  if (profiles.length === 0) return undefined;
  const ids = new Set(profiles.map((entity) => idOf(entity.entityUrn)).filter((id): id is string => !!id));
  const related = profilesByMiniProfile(entities, profiles);
  const all = [...profiles, ...related];
  const name = cleanName([pick(all, "firstName"), pick(all, "lastName")].filter(Boolean).join(" "));
  if (!name) return undefined;
  const owned = entities.filter((entity) => ownedBy(entity, ids));
  const experience = owned.filter((entity) => typeEndsWith(entity, "Position")).map(toPosition);
  const education = owned.filter((entity) => typeEndsWith(entity, "Education")).map(toEducation);
  const valid = experience.filter((position): position is Position => !!position);
  return compact({
    name,
    headline: cleanText(pick(all, "headline") ?? pick(all, "occupation"), 500),
    location: locationOf(all, entities),
    about: cleanParagraphs(pick(all, "summary")),
    experience: valid.length ? valid : undefined,
    currentRoles: currentRolesOf(valid),
    education: nonEmpty(education.filter((entry): entry is Education => !!entry)),
    followers: countOf(owned, "followerCount") ?? countOf(owned, "followersCount"),
    connections: countOf(owned, "connectionsCount"),
  });
}

/** Every entity of every parsable block; a broken block is skipped, never fatal. */
function includedEntities(doc: Document): Entity[] {
  const entities: Entity[] = [];
  for (const block of Array.from(doc.querySelectorAll(profileSelectors.codeJson))) {
    const text = block.textContent?.trim() ?? "";
    if (!text.startsWith("{") || !text.includes('"included"') || !mayHoldPersonData(text)) continue;
    try {
      const parsed: unknown = JSON.parse(text);
      const included = (parsed as { included?: unknown }).included;
      if (!Array.isArray(included)) continue;
      for (const item of included) if (typeof item === "object" && item !== null) entities.push(item as Entity);
    } catch {
      // A truncated or hand-edited block: the other blocks still count.
    }
  }
  return entities;
}

/** Cheap text test that skips parsing blocks with nothing about people (feature flags, nav badges). */
function mayHoldPersonData(text: string): boolean {
  return personKeys.some((key) => text.includes(key));
}

const personKeys = ['"publicIdentifier"', "Position", "Education", '"followerCount"', '"connectionsCount"'];

/** The profile whose vanity name is the slug, or whose member id is (addresses like /in/ACoAA…). */
function isProfileOf(entity: Entity, slug: string): boolean {
  if (!typeEndsWith(entity, "Profile") && !typeEndsWith(entity, "MiniProfile")) return false;
  const identifier = entity.publicIdentifier;
  if (typeof identifier === "string" && decodeSafe(identifier).toLowerCase() === slug) return true;
  return idOf(entity.entityUrn)?.toLowerCase() === slug;
}

/** Older Voyager profiles have no publicIdentifier; they point to the MiniProfile that has it. */
function profilesByMiniProfile(entities: Entity[], profiles: Entity[]): Entity[] {
  const urns = new Set(profiles.map((profile) => profile.entityUrn).filter((urn) => typeof urn === "string"));
  return entities.filter((entity) => {
    const mini = entity["*miniProfile"];
    return typeof mini === "string" && urns.has(mini) && !profiles.includes(entity);
  });
}

function typeEndsWith(entity: Entity, suffix: string): boolean {
  const type = entity.$type;
  return typeof type === "string" && type.endsWith(`.${suffix}`);
}

/** "urn:li:fsd_profile:ACoAA…" → "ACoAA…". */
function idOf(urn: unknown): string | undefined {
  if (typeof urn !== "string") return undefined;
  const id = urn.slice(urn.lastIndexOf(":") + 1);
  return id.length >= 8 ? id : undefined;
}

/** Positions, schools and counts carry the profile id in their URN: "urn:li:fsd_profilePosition:(ACoAA…,123)". */
function ownedBy(entity: Entity, ids: Set<string>): boolean {
  const urn = entity.entityUrn;
  if (typeof urn !== "string") return false;
  for (const id of ids) if (urn.includes(`(${id},`) || urn.endsWith(`:${id}`)) return true;
  return false;
}

function pick(entities: Entity[], key: string): string | undefined {
  for (const entity of entities) {
    const value = entity[key];
    if (typeof value === "string" && value.trim()) return value;
  }
  return undefined;
}

function locationOf(profiles: Entity[], entities: Entity[]): string | undefined {
  for (const profile of profiles) {
    const geoUrn = (profile.geoLocation as Entity | undefined)?.["*geo"];
    const geo = typeof geoUrn === "string" ? entities.find((entity) => entity.entityUrn === geoUrn) : undefined;
    const name = cleanText(geo?.defaultLocalizedName, 200);
    if (name) return name;
  }
  return cleanText(pick(profiles, "geoLocationName") ?? pick(profiles, "locationName"), 200);
}

function rangeOf(entity: Entity): { start?: unknown; end?: unknown } {
  const range = (entity.dateRange ?? entity.timePeriod) as Entity | undefined;
  return { start: range?.start ?? range?.startDate, end: range?.end ?? range?.endDate };
}

function toPosition(entity: Entity): Position | undefined {
  const title = cleanText(entity.title, 300);
  if (!title) return undefined;
  const { start, end } = rangeOf(entity);
  const companyUrn = entity.companyUrn ?? entity["*company"];
  const companyId = typeof companyUrn === "string" ? /:(\d+)$/.exec(companyUrn)?.[1] : undefined;
  return compact({
    title,
    companyName: cleanText(entity.companyName, 300),
    companyLinkedInUrl: companyId ? `https://www.linkedin.com/company/${companyId}/` : undefined,
    start: partialDate(start),
    end: partialDate(end),
    current: !partialDate(end),
    location: cleanText(entity.locationName, 200),
    description: cleanParagraphs(entity.description, 5_000),
  });
}

function toEducation(entity: Entity): Education | undefined {
  const school = cleanText(entity.schoolName, 300);
  if (!school) return undefined;
  const { start, end } = rangeOf(entity);
  const degree = [cleanText(entity.degreeName, 300), cleanText(entity.fieldOfStudy, 300)].filter(Boolean).join(", ");
  return compact({
    school,
    degree: degree || undefined,
    startYear: partialDate(start)?.year,
    endYear: partialDate(end)?.year,
  });
}

function countOf(entities: Entity[], key: string): number | undefined {
  for (const entity of entities) {
    const value = entity[key];
    if (typeof value === "number" && value >= 0) return Math.round(value);
  }
  return undefined;
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length ? items : undefined;
}
