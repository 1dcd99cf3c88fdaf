import { type FieldError, formatPath, parseIcpJson } from "../icp/io";
import { findTemplate, icpFromTemplate } from "../icp/templates";
import { type Icp, type IcpCriterion, icpSchema, newId } from "../model";
import type { ProspectDatabase } from "./database";

export type IcpSaveResult = { ok: true; icp: Icp } | { ok: false; errors: FieldError[] };

/** All ICPs, the active one first, then by name. */
export async function listIcps(db: ProspectDatabase): Promise<Icp[]> {
  const icps = await db.icps.toArray();
  return icps.sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
}

/** The ICP prospects are scored with, if any. */
export async function activeIcp(db: ProspectDatabase): Promise<Icp | undefined> {
  return db.icps.filter((icp) => icp.active).first();
}

/**
 * Validates and stores an ICP; nothing is written when a field is invalid. Saving an active
 * ICP keeps it the only active one.
 */
export async function saveIcp(db: ProspectDatabase, draft: Icp, now = Date.now()): Promise<IcpSaveResult> {
  const parsed = icpSchema.safeParse({ ...draft, updatedAt: now });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const icp = parsed.data;
  await db.transaction("rw", db.icps, async () => {
    if (icp.active) await deactivateOthers(db, icp.id);
    await db.icps.put(icp);
  });
  return { ok: true, icp };
}

/** Makes one ICP the active one (or none, with `undefined`). */
export async function activateIcp(db: ProspectDatabase, id: string | undefined, now = Date.now()): Promise<void> {
  await db.transaction("rw", db.icps, async () => {
    await deactivateOthers(db, id);
    if (id) await db.icps.update(id, { active: true, updatedAt: now });
  });
}

export async function deleteIcp(db: ProspectDatabase, id: string): Promise<void> {
  await db.icps.delete(id);
}

/** A new ICP from a template; it becomes active when no other ICP is. */
export async function createIcpFromTemplate(
  db: ProspectDatabase,
  templateId: string,
  now = Date.now(),
): Promise<IcpSaveResult> {
  const template = findTemplate(templateId);
  if (!template) return { ok: false, errors: [{ path: "template", message: "Unknown template" }] };
  return addIcp(db, icpFromTemplate(template, now), now);
}

/** A new ICP, empty for the user to fill in or with accepted criteria (from customers, say). */
export async function createIcp(
  db: ProspectDatabase,
  name: string,
  criteria: IcpCriterion[] = [],
  now = Date.now(),
): Promise<IcpSaveResult> {
  return addIcp(db, { id: newId(), name, criteria, threshold: 60, active: false, createdAt: now, updatedAt: now }, now);
}

/**
 * Imports an exported ICP file. An invalid file changes nothing and every error names its
 * field. The import gets a fresh id (so re-importing never overwrites) and is not active
 * unless no other ICP is.
 */
export async function importIcpJson(db: ProspectDatabase, text: string, now = Date.now()): Promise<IcpSaveResult> {
  const parsed = parseIcpJson(text);
  if (!parsed.ok) return parsed;
  return addIcp(db, { ...parsed.icp, id: newId(), createdAt: now }, now);
}

async function addIcp(db: ProspectDatabase, icp: Icp, now: number): Promise<IcpSaveResult> {
  const anyActive = (await activeIcp(db)) !== undefined;
  return saveIcp(db, { ...icp, active: !anyActive }, now);
}

async function deactivateOthers(db: ProspectDatabase, keepId: string | undefined): Promise<void> {
  await db.icps.filter((icp) => icp.active && icp.id !== keepId).modify({ active: false });
}
