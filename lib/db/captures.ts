import type { Capture, CaptureLog, Company, Person, Position, Provenance } from "../model";
import { newId } from "../model";
import type { ProspectDatabase } from "./database";
import { appendHistory, mergeCapturedFields } from "./merge";
import { storeDerivedSignals } from "./signals";

export interface StoredCapture {
  log: CaptureLog;
  personId?: string;
  companyId?: string;
}

/**
 * Stores one validated capture: the log entry always, the record only when the capture
 * found its subject, and the new signals it shows (job change, hiring, funding…) with it.
 */
export async function storeCapture(db: ProspectDatabase, capture: Capture, now = Date.now()): Promise<StoredCapture> {
  return db.transaction("rw", [db.people, db.companies, db.captures, db.signals], async () => {
    const stored =
      capture.kind === "person" ? await storePerson(db, capture, now) : await storeCompany(db, capture, now);
    const log: CaptureLog = {
      id: newId(),
      kind: capture.kind,
      subjectKey: subjectKeyOf(capture),
      url: capture.url,
      at: capture.capturedAt,
      extractor: capture.extractor,
      extractorVersion: capture.extractorVersion,
      health: capture.health,
      stored: stored !== undefined,
    };
    await db.captures.add(log);
    return capture.kind === "person" ? { log, personId: stored } : { log, companyId: stored };
  });
}

export function subjectKeyOf(capture: Capture): string {
  if (capture.kind === "person") return capture.profileUrl;
  return capture.linkedinUrl ?? capture.domain ?? capture.url;
}

function provenanceOf(capture: Capture): Omit<Provenance, "strategy"> {
  return {
    sourceUrl: capture.url,
    capturedAt: capture.capturedAt,
    extractor: capture.extractor,
    extractorVersion: capture.extractorVersion,
  };
}

async function storePerson(db: ProspectDatabase, capture: Extract<Capture, { kind: "person" }>, now: number) {
  if (!capture.person) return undefined;
  const existing = await db.people.where("profileUrl").equals(capture.profileUrl).first();
  const merged = mergeCapturedFields(
    existing,
    existing?.sources ?? {},
    capture.person,
    capture.strategies,
    provenanceOf(capture),
  );
  const companyId = (await linkCompany(db, merged.fields.currentRoles?.[0], capture, now)) ?? existing?.companyId;
  const person: Person = {
    ...merged.fields,
    id: existing?.id ?? newId(),
    profileUrl: capture.profileUrl,
    companyId,
    status: existing?.status ?? "new",
    notes: existing?.notes,
    score: existing?.score,
    tier: existing?.tier,
    sources: merged.sources,
    history: appendHistory(existing?.history ?? [], merged.changes),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await db.people.put(person);
  // Compared with the record before this visit: a changed role is a job change.
  await storeDerivedSignals(db, { capture, previous: existing, personId: person.id, companyId: person.companyId });
  return person.id;
}

/** Links a person to the company of their current role: by LinkedIn URL, else by name; creates it when unknown. */
async function linkCompany(
  db: ProspectDatabase,
  role: Position | undefined,
  capture: Capture,
  now: number,
): Promise<string | undefined> {
  if (!role?.companyName && !role?.companyLinkedInUrl) return undefined;
  const byUrl = role.companyLinkedInUrl
    ? await db.companies.where("linkedinUrl").equals(role.companyLinkedInUrl).first()
    : undefined;
  if (byUrl) return byUrl.id;
  const name = role.companyName?.trim();
  if (name) {
    const lower = name.toLowerCase();
    const byName = await db.companies.filter((c) => c.name.toLowerCase() === lower).first();
    if (byName) return byName.id;
  }
  const company: Company = {
    id: newId(),
    name: name ?? role.companyLinkedInUrl ?? "",
    linkedinUrl: role.companyLinkedInUrl,
    sources: { name: { ...provenanceOf(capture), strategy: "current-role" } },
    history: [],
    createdAt: now,
    updatedAt: now,
  };
  if (!company.name) return undefined;
  await db.companies.add(company);
  return company.id;
}

async function storeCompany(db: ProspectDatabase, capture: Extract<Capture, { kind: "company" }>, now: number) {
  if (!capture.company) return undefined;
  const existing = capture.linkedinUrl
    ? await db.companies.where("linkedinUrl").equals(capture.linkedinUrl).first()
    : capture.domain
      ? await db.companies.where("domain").equals(capture.domain).first()
      : undefined;
  const merged = mergeCapturedFields(
    existing,
    existing?.sources ?? {},
    capture.company,
    capture.strategies,
    provenanceOf(capture),
  );
  const company: Company = {
    ...merged.fields,
    id: existing?.id ?? newId(),
    linkedinUrl: capture.linkedinUrl ?? existing?.linkedinUrl,
    domain: capture.domain ?? existing?.domain,
    sources: merged.sources,
    history: appendHistory(existing?.history ?? [], merged.changes),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await db.companies.put(company);
  await storeDerivedSignals(db, { capture, previous: existing, companyId: company.id });
  return company.id;
}
