import { canonicalProfileUrl } from "../pages";
import { asObjects, isArticle, isOrganization, type LdObject, ldObjects, ldText, ldTexts, ldTypes } from "./jsonld";
import { isPersonName } from "./names";
import type { SitePerson } from "./types";

/**
 * People in the page's JSON-LD: Person objects, an organization's founders, and the employees and
 * members an organization lists (also under an untyped reference to it, as an about page's
 * `mainEntity: {"@id": "…#organization", "employee": […]}` does).
 */
export function jsonLdPeople(doc: Document): SitePerson[] {
  const objects = ldObjects(doc);
  // Authors of articles write for the site; they are not necessarily its people.
  const authors = new Set(objects.filter(isArticle).flatMap((article) => asObjects(article.author).map(personKey)));
  const persons = objects.filter((object) => ldTypes(object).includes("Person") && !authors.has(personKey(object)));
  const holders = objects.filter((object) => isOrganization(object) || ldTypes(object).length === 0);
  const founders = holders.flatMap((org) => asObjects(org.founder));
  const staff = holders.flatMap((org) => staffOf(org).filter((person) => ldTypes(person).includes("Person")));
  return [...persons, ...founders, ...staff].flatMap((person) => {
    const name = ldText(person.name);
    if (!name || !isPersonName(name)) return [];
    const role = ldText(person.jobTitle) ?? (founders.includes(person) ? "Founder" : undefined);
    return [{ name, role, source: "json-ld" as const, linkedinUrl: linkedinOf(person) }];
  });
}

function staffOf(org: LdObject): LdObject[] {
  return [org.employee, org.employees, org.member, org.members].flatMap(asObjects);
}

function personKey(person: LdObject): string {
  return ldText(person["@id"]) ?? ldText(person.name) ?? "";
}

function linkedinOf(person: LdObject): string | undefined {
  return ldTexts(person.sameAs).map(canonicalProfileUrl).find(Boolean);
}
