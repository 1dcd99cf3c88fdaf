import { useLiveQuery } from "dexie-react-hooks";
import { getDatabase } from "@/lib/db";
import { withoutRepeatedRounds } from "@/lib/facts/same-round";
import { type Signal, signalSchema } from "@/lib/model";

const none: Signal[] = [];

/** Signals of a person and of their company, live; unreadable records are left out, a round told by two sources is shown once. */
export function useSignals(personId?: string, companyId?: string): Signal[] {
  return (
    useLiveQuery(async () => {
      const db = getDatabase();
      const [own, company] = await Promise.all([
        personId ? db.signals.where("personId").equals(personId).toArray() : none,
        companyId ? db.signals.where("companyId").equals(companyId).toArray() : none,
      ]);
      const byId = new Map([...own, ...company].map((signal) => [signal.id, signal]));
      return withoutRepeatedRounds([...byId.values()].filter((signal) => signalSchema.safeParse(signal).success));
    }, [personId, companyId]) ?? none
  );
}
