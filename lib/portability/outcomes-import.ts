import Papa from "papaparse";
import { z } from "zod";
import type { ProspectDatabase } from "../db/database";
import { withEmailLog } from "../db/email-log";
import { newId, type OutreachEvent, outreachEventSchema, type Person, type SequenceStep } from "../model";
import { type DateOrder, detectDateOrder, isYes, parseAmount, parseDateCell } from "./cells";
import { type ColumnMapping, columnMappingSchema, type OutcomeField } from "./outcome-columns";

export { guessColumns } from "./outcome-columns";

export interface OutcomeTable {
  headers: string[];
  rows: string[][];
  delimiter: string;
  /** Parser complaints (an unclosed quote, a row with too many cells), for the preview. */
  problems: string[];
}

/** Reads a mail tool's CSV export: BOM removed, delimiter (, ; tab |) detected, blank lines skipped. */
export function readOutcomeCsv(text: string): OutcomeTable {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: "greedy",
    delimitersToGuess: [",", ";", "\t", "|"],
  });
  const [headers = [], ...rows] = result.data;
  const problems = result.errors.map((e) => (e.row === undefined ? e.message : `row ${e.row}: ${e.message}`));
  return { headers: headers.map((h) => h.trim()), rows, delimiter: result.meta.delimiter, problems };
}

export const importOptionsSchema = z.object({
  timeZone: z.string().min(1),
  /** Order of slashed dates; detected from the file when absent. */
  dateOrder: z.enum(["dmy", "mdy"]).optional(),
});
export type ImportOptions = z.infer<typeof importOptionsSchema>;

export type SkipReason = "no-email" | "unknown-email" | "ambiguous-email" | "bad-date" | "no-outcome";

export interface SkippedRow {
  /** 1-based data row (the header not counted). */
  row: number;
  email?: string;
  reason: SkipReason;
}

export interface ImportPlan {
  events: OutreachEvent[];
  skipped: SkippedRow[];
  matchedRows: number;
  dateOrder: DateOrder;
}

type MatchPerson = Pick<Person, "id" | "contact">;

/**
 * Turns rows into outcome events for the people they name. Each yes-cell
 * becomes one event at the row's date (or at the cell's own date for "opened
 * at"-style columns); a row without a readable date, or whose email matches no
 * person or several people, is listed with its reason instead of guessed.
 */
export function planOutcomeImport(
  table: OutcomeTable,
  mapping: ColumnMapping,
  people: readonly MatchPerson[],
  options: ImportOptions,
): ImportPlan {
  const columns = columnMappingSchema.parse(mapping);
  const { timeZone } = importOptionsSchema.parse(options);
  const cell = (row: readonly string[], field: OutcomeField) => {
    const index = columns[field];
    return index === undefined ? "" : (row[index] ?? "").trim();
  };
  const dateOrder = options.dateOrder ?? detectDateOrder(table.rows.map((r) => cell(r, "date")));
  const byEmail = emailIndex(people);
  const plan: ImportPlan = { events: [], skipped: [], matchedRows: 0, dateOrder };
  table.rows.forEach((row, index) => {
    const email = cell(row, "email").toLowerCase();
    const outcome = planRow((field) => cell(row, field), email, byEmail, { timeZone, dateOrder });
    if (typeof outcome === "string") {
      plan.skipped.push({ row: index + 1, email: email || undefined, reason: outcome });
    } else {
      plan.matchedRows++;
      plan.events.push(...outcome);
    }
  });
  return plan;
}

/** The events of one row, or why it cannot be imported. */
function planRow(
  cell: (field: OutcomeField) => string,
  email: string,
  byEmail: ReadonlyMap<string, ReadonlySet<string>>,
  { timeZone, dateOrder }: { timeZone: string; dateOrder: DateOrder },
): OutreachEvent[] | SkipReason {
  if (!email.includes("@")) return "no-email";
  const matches = byEmail.get(email);
  if (!matches) return "unknown-email";
  if (matches.size > 1) return "ambiguous-email";
  const at = parseDateCell(cell("date"), timeZone, dateOrder);
  if (at === undefined) return "bad-date";
  const [personId = ""] = matches;
  const events = rowEvents(cell, { personId, at, timeZone, dateOrder });
  return events.length > 0 ? events : "no-outcome";
}

function emailIndex(people: readonly MatchPerson[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const person of people) {
    for (const email of person.contact?.emails ?? []) {
      const key = email.trim().toLowerCase();
      index.set(key, (index.get(key) ?? new Set()).add(person.id));
    }
  }
  return index;
}

const flagTypes = [
  ["sent", "sent"],
  ["opened", "opened"],
  ["clicked", "clicked"],
  ["meeting", "meeting"],
  ["bounced", "bounced"],
  ["unsubscribed", "unsubscribed"],
] as const;

interface RowContext {
  personId: string;
  at: number;
  timeZone: string;
  dateOrder: DateOrder;
}

function rowEvents(cell: (field: OutcomeField) => string, context: RowContext): OutreachEvent[] {
  const base = { personId: context.personId, step: stepOf(cell("step")), subjectVariant: variantOf(cell("variant")) };
  const when = (text: string) => parseDateCell(text, context.timeZone, context.dateOrder) ?? context.at;
  const event = (type: OutreachEvent["type"], text: string, value?: number) =>
    outreachEventSchema.parse({ ...base, id: newId(), type, at: when(text), value });
  const events = flagTypes.filter(([field]) => isYes(cell(field))).map(([field, type]) => event(type, cell(field)));
  const reply = replyTypeOf(cell("replied"), cell("replyType"));
  if (reply) events.push(event(reply, cell("replied")));
  if (isYes(cell("converted"))) events.push(event("converted", cell("converted"), parseAmount(cell("value"))));
  return events;
}

function replyTypeOf(replied: string, kind: string): OutreachEvent["type"] | undefined {
  if (replied !== "" && !isYes(replied)) return undefined;
  const text = kind.toLowerCase();
  if (/neg|not interested|uninterested|kein interesse|absage/.test(text)) return "replied-negative";
  if (/pos|interested|interessiert/.test(text)) return "replied-positive";
  return isYes(replied) || isYes(kind) ? "replied-neutral" : undefined;
}

const steps: Record<string, SequenceStep> = { "1": "attention", "2": "curiosity", "3": "credibility", "4": "action" };

function stepOf(text: string): SequenceStep | undefined {
  const key = text.toLowerCase();
  return steps[key] ?? Object.values(steps).find((s) => s === key);
}

function variantOf(text: string): "A" | "B" | undefined {
  const upper = text.toUpperCase();
  return upper === "A" || upper === "B" ? upper : undefined;
}

/**
 * Adds planned events in one transaction, skipping any already stored (same
 * person, type and time), so importing the same file twice adds nothing.
 */
export async function importOutcomes(
  db: ProspectDatabase,
  events: readonly OutreachEvent[],
): Promise<{ added: number; duplicates: number }> {
  const valid = events.map((e) => outreachEventSchema.parse(e));
  const personIds = [...new Set(valid.map((e) => e.personId))];
  return withEmailLog(db, personIds, async () => {
    const stored = await db.outreachEvents.where("personId").anyOf(personIds).toArray();
    const seen = new Set(stored.map(eventKey));
    const fresh = valid.filter((e) => !seen.has(eventKey(e)) && seen.add(eventKey(e)));
    await db.outreachEvents.bulkAdd(fresh);
    return { added: fresh.length, duplicates: valid.length - fresh.length };
  });
}

const eventKey = (e: OutreachEvent) => `${e.personId}|${e.type}|${e.at}`;
