import type { z } from "zod";
import { type Icp, icpSchema } from "../model/icp";
import { normaliseIndustry } from "../scoring/normalise/industry";
import { countryCode } from "../scoring/normalise/location";

export const icpFileFormat = "prospect-scout-icp";
export const icpFileVersion = 1;

export type FieldError = { path: string; message: string };
export type IcpParseResult = { ok: true; icp: Icp } | { ok: false; errors: FieldError[] };

/** The exported file: a small envelope so later versions can migrate old files. */
export function exportIcpJson(icp: Icp): string {
  return JSON.stringify({ format: icpFileFormat, version: icpFileVersion, icp }, null, 2);
}

/**
 * Reads an exported ICP (or a bare ICP object). Industry names ("Softwareentwicklung") and
 * country names ("Deutschland") written by hand are mapped to ids and codes first; anything
 * still invalid comes back as one error per field, e.g. `criteria[2].weight`.
 */
export function parseIcpJson(text: string): IcpParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return failure("", `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const unwrapped = unwrap(data);
  if (typeof unwrapped === "string") return failure("version", unwrapped);
  const parsed = icpSchema.safeParse(friendlyValues(unwrapped));
  if (parsed.success) return { ok: true, icp: parsed.data };
  return { ok: false, errors: parsed.error.issues.map(toFieldError) };
}

function unwrap(data: unknown): unknown {
  if (!isRecord(data) || data.format !== icpFileFormat) return data;
  if (typeof data.version !== "number" || data.version > icpFileVersion) {
    return `This file was written by a newer Prospect Scout (format version ${String(data.version)})`;
  }
  return data.icp;
}

function friendlyValues(data: unknown): unknown {
  if (!isRecord(data) || !Array.isArray(data.criteria)) return data;
  return { ...data, criteria: data.criteria.map(friendlyCriterion) };
}

function friendlyCriterion(criterion: unknown): unknown {
  if (!isRecord(criterion)) return criterion;
  if (criterion.kind === "industry" && Array.isArray(criterion.industries)) {
    return { ...criterion, industries: criterion.industries.map(mapString(normaliseIndustry)) };
  }
  if (criterion.kind === "location" && Array.isArray(criterion.countries)) {
    return { ...criterion, countries: criterion.countries.map(mapString(countryCode)) };
  }
  return criterion;
}

/** Keeps the original value when it cannot be mapped, so the error names what the user wrote. */
function mapString(map: (text: string) => string | undefined): (value: unknown) => unknown {
  return (value) => (typeof value === "string" ? (map(value) ?? value) : value);
}

function toFieldError(issue: z.core.$ZodIssue): FieldError {
  return { path: formatPath(issue.path), message: issue.message };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, "");
}

function failure(path: string, message: string): IcpParseResult {
  return { ok: false, errors: [{ path, message }] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
