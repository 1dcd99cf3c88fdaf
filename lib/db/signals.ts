import { deriveSignals, type SignalInput, withoutStoredSignals } from "../capture/signals";
import type { Signal } from "../model";
import type { ProspectDatabase } from "./database";

/**
 * Derives the signals of a capture and stores the ones not stored before. Call it
 * inside the capture's transaction (it needs `db.signals`) so record and signals land together.
 */
export async function storeDerivedSignals(db: ProspectDatabase, input: SignalInput): Promise<Signal[]> {
  const derived = deriveSignals(input);
  if (!derived.length) return [];
  const personId = "personId" in input ? input.personId : undefined;
  const stored = personId
    ? await db.signals.where("personId").equals(personId).toArray()
    : input.companyId
      ? await db.signals.where("companyId").equals(input.companyId).toArray()
      : [];
  const fresh = withoutStoredSignals(derived, stored);
  if (fresh.length) await db.signals.bulkAdd(fresh);
  return fresh;
}
