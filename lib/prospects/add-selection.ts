import type { ProspectDatabase } from "../db";
import { subjectOfUrl } from "./active-tab";
import { factFromSelection } from "./selection-fact";

/**
 * Adds selected text as a fact to the prospect of the page it was selected on.
 * Returns false when that page belongs to no captured prospect.
 */
export async function addSelectionAsFact(
  db: ProspectDatabase,
  selection: string,
  pageUrl: string | undefined,
): Promise<boolean> {
  const subject = subjectOfUrl(pageUrl);
  if (subject.kind === "none") return false;
  const owner =
    subject.kind === "person"
      ? { personId: (await db.people.where("profileUrl").equals(subject.key).first())?.id }
      : { companyId: (await db.companies.where("linkedinUrl").equals(subject.key).first())?.id };
  if (!owner.personId && !owner.companyId) return false;
  const fact = factFromSelection(selection, pageUrl, owner);
  if (!fact) return false;
  await db.facts.add(fact);
  return true;
}
