import type {
  Company,
  CompanyCapture,
  Person,
  PersonCapture,
  Provenance,
  Signal,
  SignalType,
  SignalWording,
} from "../model";
import { newId } from "../model";
import { companySignals } from "./signals-company";
import { personSignals } from "./signals-person";

/** A person capture with the stored record it updates (undefined on a first visit). */
export interface PersonSignalInput {
  capture: PersonCapture;
  previous?: Person;
  personId?: string;
  /** The person's company, so job changes show on the company too. */
  companyId?: string;
}

export interface CompanySignalInput {
  capture: CompanyCapture;
  previous?: Company;
  companyId?: string;
}

export type SignalInput = PersonSignalInput | CompanySignalInput;

/** What a signal rule returns; ids, subject and provenance are added here once. */
export interface SignalDraft {
  type: SignalType;
  summary: string;
  /** The summary's facts, for other languages. */
  wording?: SignalWording;
  quote?: string;
  /** Event date when known, else undefined (the capture time is used). */
  date?: number;
  /** Captured field the signal rests on, for the provenance strategy. */
  field: string;
}

/**
 * Signals worth mentioning in outreach, derived from one capture and the record
 * it updates: job changes and recent posts for people; hiring, headcount growth
 * and funding for companies. Pure: storing and deduplicating is the caller's job.
 */
export function deriveSignals(input: SignalInput): Signal[] {
  const drafts = isPersonInput(input) ? personSignals(input.capture, input.previous) : companySignals(input);
  const personId = isPersonInput(input) ? input.personId : undefined;
  return drafts.map((draft) => ({
    id: newId(),
    type: draft.type,
    personId,
    companyId: input.companyId,
    summary: draft.summary.slice(0, 2000),
    wording: draft.wording,
    quote: draft.quote?.slice(0, 5000),
    date: draft.date ?? input.capture.capturedAt,
    provenance: provenanceOf(input.capture, draft.field),
  }));
}

/** Drops signals already stored (same type, summary and subject), and repeats within the batch. */
export function withoutStoredSignals(signals: readonly Signal[], stored: readonly Signal[]): Signal[] {
  const seen = new Set(stored.map(signalKey));
  return signals.filter((signal) => {
    const key = signalKey(signal);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function signalKey(signal: Signal): string {
  return [signal.type, signal.summary.trim().toLowerCase(), signal.personId ?? "", signal.companyId ?? ""].join("\n");
}

function isPersonInput(input: SignalInput): input is PersonSignalInput {
  return input.capture.kind === "person";
}

function provenanceOf(capture: PersonCapture | CompanyCapture, field: string): Provenance {
  const strategy = capture.strategies[field];
  return {
    sourceUrl: capture.url,
    capturedAt: capture.capturedAt,
    extractor: capture.extractor,
    extractorVersion: capture.extractorVersion,
    ...(strategy ? { strategy } : {}),
  };
}
