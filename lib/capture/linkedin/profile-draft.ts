/** What one strategy found about the person, and small helpers the strategies share. */
import type { PartialDate, PersonFields, Position } from "../../model";
import { canonicalCompanyUrl } from "../../pages";
import { maxNameLength } from "./profile-identity";

export type PersonDraft = Partial<PersonFields>;

/** Trimmed single-spaced text, or undefined when empty or longer than `max` (then it is not that field). */
export function cleanText(value: unknown, max = 2_000): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.replace(/\s+/g, " ").trim();
  return text && text.length <= max ? text : undefined;
}

/** A name candidate: plain text of a sensible length, kept literally (markup in it stays text). */
export function cleanName(value: unknown): string | undefined {
  return cleanText(value, maxNameLength);
}

/** Multi-line text (about) with paragraphs kept. */
export function cleanParagraphs(value: unknown, max = 20_000): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value
    .replace(/<br\s*\/?>/gi, "\n")
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return text ? text.slice(0, max) : undefined;
}

/** A year/month pair from JSON ({year, month} or "2021-07" or 2019), validated. */
export function partialDate(value: unknown): PartialDate | undefined {
  if (typeof value === "number") return value >= 1900 && value <= 2200 ? { year: value } : undefined;
  if (typeof value === "string") {
    const match = /^(\d{4})(?:-(\d{1,2}))?/.exec(value);
    return match ? partialDate({ year: Number(match[1]), month: match[2] ? Number(match[2]) : undefined }) : undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const { year, month } = value as { year?: unknown; month?: unknown };
  if (typeof year !== "number" || year < 1900 || year > 2200) return undefined;
  return typeof month === "number" && month >= 1 && month <= 12 ? { year, month } : { year };
}

/** A company link as the canonical company URL, or undefined for schools and other links. */
export function companyUrl(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return canonicalCompanyUrl(new URL(href, "https://www.linkedin.com/"));
  } catch {
    return undefined;
  }
}

/** The positions that run to the present, as current roles. */
export function currentRolesOf(experience: readonly Position[] | undefined): Position[] | undefined {
  const current = experience?.filter((position) => position.current);
  return current?.length ? current : undefined;
}

/** Drops undefined keys so drafts compare and serialise cleanly. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** Percent-decoding that leaves a malformed escape as written. */
export function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
