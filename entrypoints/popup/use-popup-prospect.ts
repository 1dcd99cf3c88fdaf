import { useLiveQuery } from "dexie-react-hooks";
import { type ProspectView, useProspect } from "@/components/use-prospect";
import { getDatabase } from "@/lib/db";

/** A reminder opens the popup as a tab for one person (popup.html?person=ID); else it follows the web tab. */
export function usePopupProspect(tabUrl: string | undefined, search = location.search): ProspectView {
  const personId = new URLSearchParams(search).get("person") ?? undefined;
  const byTab = useProspect(personId ? undefined : tabUrl);
  const byId = useLiveQuery(async (): Promise<ProspectView | undefined> => {
    if (!personId) return undefined;
    const db = getDatabase();
    const person = await db.people.get(personId);
    if (!person) return { state: "none" };
    const company = person.companyId ? await db.companies.get(person.companyId) : undefined;
    return { state: "person", person, company };
  }, [personId]);
  if (!personId) return byTab;
  return byId ?? { state: "loading" };
}
