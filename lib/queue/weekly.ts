import { weekOf } from "../metrics/week";
import { zonedTime } from "../metrics/zone";
import type { QueueRow } from "./rows";
import { byName } from "./sort";

/** Monday 00:00 of the week `now` falls in, on the wall clock of `timeZone`: where the weekly cap resets. */
export function weekStartIn(now: number, timeZone: string): number {
  const [year = 1970, month = 1, day = 1] = weekOf(now, timeZone).start.split("-").map(Number);
  return zonedTime({ year, month, day }, 0, 0, timeZone);
}

const dayMs = 86_400_000;
/** A signal from today adds this many points; the bonus fades to nothing over `freshnessDays`. */
export const freshnessPoints = 20;
export const freshnessDays = 28;

/** Points for how recent the newest signal is: a fresh reason to write now. */
export function freshnessBonus(newestSignalAt: number | undefined, now: number): number {
  if (newestSignalAt === undefined) return 0;
  const ageDays = Math.max(0, (now - newestSignalAt) / dayMs);
  return Math.max(0, freshnessPoints * (1 - ageDays / freshnessDays));
}

/** ICP fit first, nudged by signal freshness: a fresh signal lifts a prospect past a slightly better fit. */
export function weeklyPriority(row: QueueRow, now: number): number {
  return (row.score ?? 0) + freshnessBonus(row.newestSignalAt, now);
}

/** The prospects ready to contact, most worth writing to this week first. */
export function weeklyQueue(rows: readonly QueueRow[], now: number): QueueRow[] {
  const ready = rows.filter((row) => row.status === "ready");
  const priority = new Map(ready.map((row) => [row.id, weeklyPriority(row, now)]));
  return ready.sort(
    (a, b) =>
      (priority.get(b.id) ?? 0) - (priority.get(a.id) ?? 0) ||
      (b.newestSignalAt ?? 0) - (a.newestSignalAt ?? 0) ||
      byName(a, b),
  );
}
