import { useLiveQuery } from "dexie-react-hooks";
import { getDatabase, type ProspectDatabase } from "@/lib/db";
import { type CaptureLog, type Company, companySchema, type Person, personSchema } from "@/lib/model";
import { isCompanyWebsite } from "@/lib/pages";
import { type Subject, subjectOfUrl } from "@/lib/prospects/active-tab";
import { registrableDomain } from "@/lib/research/domain";

export type ProspectView =
  | { state: "loading" }
  | { state: "none" }
  | { state: "pending" }
  | { state: "unreadable" }
  | { state: "incomplete"; capture: CaptureLog }
  | { state: "person"; person: Person; company?: Company; capture?: CaptureLog }
  | { state: "company"; company: Company; capture?: CaptureLog };

/**
 * The captured person or company behind an address (or a chosen person), live: it
 * updates as soon as a capture is stored. Records that fail validation (an older or
 * damaged record) are reported as unreadable instead of being rendered half.
 */
export function useProspect(url: string | undefined, personId?: string): ProspectView {
  return useLiveQuery(() => loadView(getDatabase(), url, personId), [url, personId]) ?? { state: "loading" };
}

async function loadView(db: ProspectDatabase, url: string | undefined, personId?: string): Promise<ProspectView> {
  if (personId) {
    const person = await db.people.get(personId);
    return person ? personView(db, person, undefined) : { state: "none" };
  }
  const subject: Subject = subjectOfUrl(url);
  if (subject.kind === "none") return siteView(db, url);
  const capture = (await db.captures.where("subjectKey").equals(subject.key).sortBy("at")).at(-1);
  if (subject.kind === "company") {
    const company = await db.companies.where("linkedinUrl").equals(subject.key).first();
    if (!company) return capture ? { state: "incomplete", capture } : { state: "pending" };
    return companySchema.safeParse(company).success ? { state: "company", company, capture } : { state: "unreadable" };
  }
  const person = await db.people.where("profileUrl").equals(subject.key).first();
  if (!person) return capture ? { state: "incomplete", capture } : { state: "pending" };
  return personView(db, person, capture);
}

async function personView(
  db: ProspectDatabase,
  person: Person,
  capture: CaptureLog | undefined,
): Promise<ProspectView> {
  if (!personSchema.safeParse(person).success) return { state: "unreadable" };
  const company = person.companyId ? await db.companies.get(person.companyId) : undefined;
  const readable = company && companySchema.safeParse(company).success ? company : undefined;
  return { state: "person", person, company: readable, capture };
}

/** A company website on the tab: the company once its site was researched. */
async function siteView(db: ProspectDatabase, url: string | undefined): Promise<ProspectView> {
  const domain = url && isCompanyWebsite(url) ? registrableDomain(url) : undefined;
  const company = domain ? await db.companies.where("domain").equals(domain).first() : undefined;
  if (!company) return { state: "none" };
  return companySchema.safeParse(company).success ? { state: "company", company } : { state: "unreadable" };
}
