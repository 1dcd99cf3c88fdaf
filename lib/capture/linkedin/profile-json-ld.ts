/**
 * Strategy "json-ld": public (logged-out) profiles embed a schema.org Person, sometimes
 * in an `@graph`. Only the Person whose URL is this profile is trusted: the page also
 * describes colleagues and "people also viewed".
 */
import type { Education, Position } from "../../model";
import { canonicalProfileUrl } from "../../pages";
import { hasType, jsonLdObjects } from "../dom";
import {
  cleanName,
  cleanParagraphs,
  cleanText,
  compact,
  companyUrl,
  currentRolesOf,
  type PersonDraft,
  partialDate,
} from "./profile-draft";

type JsonObject = Record<string, unknown>;

export function personFromJsonLd(doc: Document, profileUrl: string): PersonDraft | undefined {
  const people = jsonLdObjects(doc).filter((object) => hasType(object, "Person"));
  const person = people.find((object) => isThisProfile(object, profileUrl, people.length));
  const name = cleanName(person?.name);
  if (!person || !name) return undefined;
  const experience = positionsOf(person);
  return compact({
    name,
    location: locationOf(person.address),
    about: cleanParagraphs(person.description),
    experience: experience.length ? experience : undefined,
    currentRoles: currentRolesOf(experience),
    education: schoolsOf(person.alumniOf),
    followers: followersOf(person.interactionStatistic),
    languages: languagesOf(person.knowsLanguage),
  });
}

/** A Person without a URL is accepted only when it is the page's sole Person (the subject of a public page). */
function isThisProfile(person: JsonObject, profileUrl: string, peopleOnPage: number): boolean {
  const urls = [person.url, person.sameAs, person["@id"]].filter((url): url is string => typeof url === "string");
  if (urls.length === 0) return peopleOnPage === 1;
  return urls.some((url) => canonicalProfileUrl(url) === profileUrl);
}

function asArray(value: unknown): JsonObject[] {
  const items = Array.isArray(value) ? value : [value];
  return items.filter((item): item is JsonObject => typeof item === "object" && item !== null);
}

function locationOf(address: unknown): string | undefined {
  if (typeof address === "string") return cleanText(address, 200);
  const [first] = asArray(address);
  return cleanText(first?.addressLocality, 200) ?? cleanText(first?.name, 200);
}

/** worksFor are current positions (titles from jobTitle, in order); alumniOf organisations are past ones. */
function positionsOf(person: JsonObject): Position[] {
  const titles = (Array.isArray(person.jobTitle) ? person.jobTitle : [person.jobTitle]).map((title) =>
    cleanText(title, 300),
  );
  const current = asArray(person.worksFor).map((org, index) => position(org, titles[index], true));
  const past = asArray(person.alumniOf)
    .filter((org) => !hasType(org, "EducationalOrganization") && org.member)
    .map((org) => position(org, undefined, false));
  return [...current, ...past].filter((entry): entry is Position => !!entry);
}

function position(org: JsonObject, title: string | undefined, current: boolean): Position | undefined {
  const companyName = cleanText(org.name, 300);
  if (!companyName) return undefined;
  const [role] = asArray(org.member);
  const end = partialDate(role?.endDate);
  return compact({
    title: title ?? "",
    companyName,
    companyLinkedInUrl: companyUrl(typeof org.url === "string" ? org.url : undefined),
    start: partialDate(role?.startDate),
    end,
    current: current && !end,
    location: cleanText(org.location, 200),
  });
}

function schoolsOf(alumniOf: unknown): Education[] | undefined {
  const schools = asArray(alumniOf)
    .filter((org) => hasType(org, "EducationalOrganization"))
    .map((org): Education | undefined => {
      const school = cleanText(org.name, 300);
      const [role] = asArray(org.member);
      return school
        ? compact({ school, startYear: partialDate(role?.startDate)?.year, endYear: partialDate(role?.endDate)?.year })
        : undefined;
    })
    .filter((entry): entry is Education => !!entry);
  return schools.length ? schools : undefined;
}

function followersOf(statistic: unknown): number | undefined {
  const counter = asArray(statistic).find((item) => /follow/i.test(String(item.interactionType ?? item.name ?? "")));
  const count = counter?.userInteractionCount;
  return typeof count === "number" && count >= 0 ? Math.round(count) : undefined;
}

function languagesOf(value: unknown): string[] | undefined {
  const names = (Array.isArray(value) ? value : [value])
    .map((item) => (typeof item === "string" ? item : asArray(item)[0]?.name))
    .map((name) => cleanText(name, 100))
    .filter((name): name is string => !!name);
  return names.length ? names : undefined;
}
