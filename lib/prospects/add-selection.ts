import type { ProspectDatabase } from "../db";
import { subjectOfUrl } from "./active-tab";
import { factFromSelection } from "./selection-fact";

/**
 * Adds selected text as a candidate fact to the prospect of the page it was
 * selected on, else to the prospect open in the side panel (a news article about
 * them, say). Returns false when neither is a captured prospect.
 */
export async function addSelectionAsFact(
  db: ProspectDatabase,
  selection: string,
  pageUrl: string | undefined,
  panelPersonId?: string,
): Promise<boolean> {
  const owner =
    (await ownerOfPage(db, pageUrl)) ??
    (panelPersonId && (await db.people.get(panelPersonId)) ? { personId: panelPersonId } : undefined);
  if (!owner) return false;
  const fact = factFromSelection(selection, pageUrl, owner);
  if (!fact) return false;
  await db.facts.add(fact);
  return true;
}

async function ownerOfPage(db: ProspectDatabase, pageUrl: string | undefined) {
  const subject = subjectOfUrl(pageUrl);
  if (subject.kind === "person") {
    const personId = (await db.people.where("profileUrl").equals(subject.key).first())?.id;
    return personId ? { personId } : undefined;
  }
  if (subject.kind === "company") {
    const companyId = (await db.companies.where("linkedinUrl").equals(subject.key).first())?.id;
    return companyId ? { companyId } : undefined;
  }
  return undefined;
}
