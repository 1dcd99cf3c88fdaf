import { useLiveQuery } from "dexie-react-hooks";
import { getDatabase, loadOffer, loadSettings, type ProspectDatabase } from "@/lib/db";
import {
  companyContactedAt,
  hasOpenOverride,
  lastContactedAt,
  loadSequence,
  sentSteps,
  sentThisWeek,
} from "@/lib/db/outreach";
import type { Company, Person, Signal } from "@/lib/model";
import type { ComposerData } from "./compose-model";

async function signalsOf(db: ProspectDatabase, person: Person, company: Company | undefined): Promise<Signal[]> {
  const [own, ofCompany] = await Promise.all([
    db.signals.where("personId").equals(person.id).toArray(),
    company ? db.signals.where("companyId").equals(company.id).toArray() : [],
  ]);
  return [...own, ...ofCompany.filter((signal) => signal.personId === undefined)];
}

async function loadComposerData(person: Person, company: Company | undefined): Promise<ComposerData> {
  const db = getDatabase();
  const now = Date.now();
  const [facts, signals, offer, settings, icps, sequence] = await Promise.all([
    db.facts
      .where("personId")
      .equals(person.id)
      .filter((fact) => fact.selected)
      .sortBy("createdAt"),
    signalsOf(db, person, company),
    loadOffer(db),
    loadSettings(db),
    db.icps.filter((icp) => icp.active).toArray(),
    loadSequence(db, person.id),
  ]);
  return {
    facts,
    signals,
    offer,
    settings,
    threshold: icps[0]?.threshold,
    sequence,
    sent: sequence ? await sentSteps(db, sequence.id) : [],
    lastContactedAt: await lastContactedAt(db, person.id),
    companyContactedAt: company ? await companyContactedAt(db, company.id, person.id) : undefined,
    sentThisWeek: await sentThisWeek(db, now),
    overridden: await hasOpenOverride(db, person.id),
  };
}

/** Facts, signals, offer, settings, ICP threshold, saved sequence and outreach history of one person, live. */
export function useComposerData(person: Person, company: Company | undefined): ComposerData | undefined {
  return useLiveQuery(() => loadComposerData(person, company), [person, company]);
}
