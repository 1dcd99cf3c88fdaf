import type { ProspectStatus, SignalType } from "../model";
import { matchesQuery, parseQuery } from "./normalise";
import type { QueueRow, Tier } from "./rows";

export type TierChoice = Tier | "unscored";

/** What the user narrowed the list to; an empty list of choices means "any". */
export interface QueueFilter {
  query: string;
  tiers: readonly TierChoice[];
  statuses: readonly ProspectStatus[];
  signalTypes: readonly SignalType[];
}

export const emptyFilter: QueueFilter = { query: "", tiers: [], statuses: [], signalTypes: [] };

function tierMatches(row: QueueRow, tiers: readonly TierChoice[]): boolean {
  return tiers.length === 0 || tiers.includes(row.tier ?? "unscored");
}

function statusMatches(row: QueueRow, statuses: readonly ProspectStatus[]): boolean {
  return statuses.length === 0 || statuses.includes(row.status);
}

/** Any of the chosen signal types present on the person or their company. */
function signalMatches(row: QueueRow, types: readonly SignalType[]): boolean {
  return types.length === 0 || types.some((type) => row.signalTypes.has(type));
}

/** The rows that pass every filter and contain every word of the query. */
export function filterRows(rows: readonly QueueRow[], filter: QueueFilter): QueueRow[] {
  const query = parseQuery(filter.query);
  return rows.filter(
    (row) =>
      tierMatches(row, filter.tiers) &&
      statusMatches(row, filter.statuses) &&
      signalMatches(row, filter.signalTypes) &&
      matchesQuery(row.searchText, query),
  );
}
