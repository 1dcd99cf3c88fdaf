import type { ProspectDatabase } from "../db";
import { subjectOfUrl } from "./active-tab";

export interface Badge {
  text: string;
  title: string;
}

/** The toolbar badge for a tab: the prospect's tier, a dot when captured but not yet scored, nothing otherwise. */
export async function badgeForUrl(db: ProspectDatabase, url: string | undefined): Promise<Badge> {
  const subject = subjectOfUrl(url);
  if (subject.kind !== "person") return { text: "", title: "" };
  const person = await db.people.where("profileUrl").equals(subject.key).first();
  if (!person) return { text: "", title: "" };
  return { text: person.tier ?? "•", title: person.tier ? `${person.name}: tier ${person.tier}` : person.name };
}
