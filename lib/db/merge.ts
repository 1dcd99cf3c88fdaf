import type { FieldSources, Provenance, ValueChange } from "../model";

export interface MergeResult<T> {
  fields: T;
  sources: FieldSources;
  changes: ValueChange[];
}

/** How many earlier values a record keeps, so a profile visited daily does not grow without bound. */
export const historyLimit = 200;

/**
 * Merges freshly captured fields into a stored record. A field the capture did
 * not see keeps its stored value (a details view shows only part of a profile);
 * a field that changed keeps its old value in the history.
 */
export function mergeCapturedFields<T extends object>(
  stored: Partial<T> | undefined,
  storedSources: FieldSources,
  captured: T,
  strategies: Record<string, string>,
  provenance: Omit<Provenance, "strategy">,
): MergeResult<T> {
  const fields = { ...stored, ...withoutUndefined(captured) } as T;
  const sources: FieldSources = { ...storedSources };
  const changes: ValueChange[] = [];
  for (const [field, value] of Object.entries(captured)) {
    if (value === undefined) continue;
    const previous = stored?.[field as keyof T];
    if (previous !== undefined && !sameValue(previous, value)) {
      changes.push({
        field,
        from: previous,
        to: value,
        changedAt: provenance.capturedAt,
        sourceUrl: provenance.sourceUrl,
      });
    }
    const strategy = strategies[field];
    sources[field] = strategy ? { ...provenance, strategy } : { ...provenance };
  }
  return { fields, sources, changes };
}

export function appendHistory(history: readonly ValueChange[], changes: readonly ValueChange[]): ValueChange[] {
  return [...history, ...changes].slice(-historyLimit);
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Structural equality for plain captured data (strings, numbers, arrays, objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bKeys = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
