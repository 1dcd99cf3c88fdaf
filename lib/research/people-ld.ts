import { canonicalProfileUrl } from "../pages";
import { asObjects, isArticle, isOrganization, type LdObject, ldObjects, ldText, ldTexts, ldTypes } from "./jsonld";
import { isPersonName } from "./names";
import { withoutCompany } from "./team-role-near";
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

/**
 * The roles of JSON-LD people, each replaced by the fuller one their visible card gives: the
 * structured data often carries a short title ("CEO") where the card reads "CEO & Co-Founder".
 */
export function withCardRoles(people: readonly SitePerson[], cards: readonly SitePerson[], url?: string): SitePerson[] {
  if (people.length === 0 || cards.length === 0) return [...people];
  const roles = new Map(cards.filter((card) => card.role).map((card) => [card.name.toLowerCase(), card.role ?? ""]));
  return people.map((person) => {
    // The card's role may end in the company's name ("Gründer & CEO, Kranwerk"), which the data leaves out.
    const card = roles.get(person.name.toLowerCase());
    const role = card ? withoutCompany(card, url) : undefined;
    return role && person.role && isFuller(role, person.role) ? { ...person, role } : person;
  });
}

/** Whether a role says all another says and more: "CEO & Co-Founder" over "CEO". */
function isFuller(role: string, than: string): boolean {
  if (role.length <= than.length) return false;
  const escaped = than.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:^|[^\\p{L}])${escaped}(?:$|[^\\p{L}])`, "iu").test(role);
}
