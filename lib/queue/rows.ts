import { type Person, type ProspectStatus, prospectStatusSchema, type Signal, type SignalType } from "../model";
import { foldText, searchTextOf } from "./normalise";

export type Tier = NonNullable<Person["tier"]>;

/** The fields of a person the lists need; the rest of the record is not kept in memory. */
export type PersonSlice = Pick<
  Person,
  "id" | "name" | "headline" | "notes" | "companyId" | "status" | "score" | "tier" | "updatedAt" | "currentRoles"
>;
export type SignalSlice = Pick<Signal, "personId" | "companyId" | "type" | "date">;

/** One prospect as the lists show, filter and sort it. */
export interface QueueRow {
  id: string;
  name: string;
  headline?: string;
  companyName?: string;
  status: ProspectStatus;
  score?: number;
  tier?: Tier;
  updatedAt: number;
  /** Date of the newest signal about the person or their company. */
  newestSignalAt?: number;
  signalTypes: ReadonlySet<SignalType>;
  /** The folded name: a cheap, accent-insensitive tie-breaker when sorting. */
  sortName: string;
  /** Folded name, company, title and notes: see searchTextOf. */
  searchText: string;
  /** A damaged record (or one from an unknown schema): listed and marked, never allowed to break the list. */
  unreadable?: boolean;
}

const statuses: ReadonlySet<string> = new Set(prospectStatusSchema.options);

/** The few fields every row relies on; anything else missing is shown as missing. */
export function isReadablePerson(person: PersonSlice): boolean {
  const text = (value: unknown) => value === undefined || typeof value === "string";
  return (
    typeof person.id === "string" &&
    typeof person.name === "string" &&
    statuses.has(person.status) &&
    typeof person.updatedAt === "number" &&
    text(person.headline) &&
    text(person.notes) &&
    (person.currentRoles === undefined || Array.isArray(person.currentRoles))
  );
}

function unreadableRow(person: PersonSlice): QueueRow {
  return {
    id: String(person.id),
    name: "",
    status: "new",
    updatedAt: 0,
    signalTypes: new Set(),
    sortName: "\uffff",
    searchText: "",
    unreadable: true,
  };
}

interface SignalSummary {
  newest: number;
  types: Set<SignalType>;
}

function addTo(index: Map<string, SignalSummary>, key: string | undefined, signal: SignalSlice): void {
  if (!key) return;
  const summary = index.get(key);
  if (!summary) index.set(key, { newest: signal.date, types: new Set([signal.type]) });
  else {
    summary.newest = Math.max(summary.newest, signal.date);
    summary.types.add(signal.type);
  }
}

/** Newest date and types of signals, per person and per company, in one pass. */
export function indexSignals(signals: Iterable<SignalSlice>) {
  const byPerson = new Map<string, SignalSummary>();
  const byCompany = new Map<string, SignalSummary>();
  for (const signal of signals) {
    if (signal.personId) addTo(byPerson, signal.personId, signal);
    else addTo(byCompany, signal.companyId, signal);
  }
  return { byPerson, byCompany };
}

function mergeSummaries(a?: SignalSummary, b?: SignalSummary): { newest?: number; types: ReadonlySet<SignalType> } {
  if (!a || !b) return { newest: (a ?? b)?.newest, types: (a ?? b)?.types ?? new Set() };
  return { newest: Math.max(a.newest, b.newest), types: new Set([...a.types, ...b.types]) };
}

/**
 * Joins people with company names and signal summaries by id (maps, not per-row
 * look-ups). A company's signals (funding, hiring) count for everyone working there.
 */
export function buildQueueRows(
  people: readonly PersonSlice[],
  companyNames: ReadonlyMap<string, string>,
  signals: Iterable<SignalSlice>,
): QueueRow[] {
  const { byPerson, byCompany } = indexSignals(signals);
  return people.map((person) => {
    if (!isReadablePerson(person)) return unreadableRow(person);
    const companyName =
      (person.companyId ? companyNames.get(person.companyId) : undefined) ?? person.currentRoles?.[0]?.companyName;
    const title = person.currentRoles?.[0]?.title;
    const signal = mergeSummaries(
      byPerson.get(person.id),
      person.companyId ? byCompany.get(person.companyId) : undefined,
    );
    return {
      id: person.id,
      name: person.name,
      sortName: foldText(person.name),
      headline: person.headline ?? title,
      companyName,
      status: person.status,
      score: person.score,
      tier: person.tier,
      updatedAt: person.updatedAt,
      newestSignalAt: signal.newest,
      signalTypes: signal.types,
      searchText: searchTextOf([person.name, companyName, person.headline, title, person.notes]),
    };
  });
}
