import { useLiveQuery } from "dexie-react-hooks";
import { getDatabase } from "@/lib/db";
import type { CaptureLog, Company, Person } from "@/lib/model";
import { subjectOfUrl } from "@/lib/prospects/active-tab";

export type ProspectView =
  | { state: "loading" }
  | { state: "none" }
  | { state: "pending" }
  | { state: "incomplete"; capture: CaptureLog }
  | { state: "person"; person: Person; company?: Company; capture?: CaptureLog };

/** The captured person behind an address, live: it updates as soon as a capture is stored. */
export function useProspect(url: string | undefined): ProspectView {
  return (
    useLiveQuery(async (): Promise<ProspectView> => {
      const subject = subjectOfUrl(url);
      if (subject.kind !== "person") return { state: "none" };
      const db = getDatabase();
      const [person, captures] = await Promise.all([
        db.people.where("profileUrl").equals(subject.key).first(),
        db.captures.where("subjectKey").equals(subject.key).sortBy("at"),
      ]);
      const capture = captures.at(-1);
      if (person) {
        const company = person.companyId ? await db.companies.get(person.companyId) : undefined;
        return { state: "person", person, company, capture };
      }
      return capture ? { state: "incomplete", capture } : { state: "pending" };
    }, [url]) ?? { state: "loading" }
  );
}
