import { useLiveQuery } from "dexie-react-hooks";
import { getDatabase, loadSettings } from "@/lib/db";
import type { Settings } from "@/lib/model";
import type { QueueRow } from "@/lib/queue";
import { weekStartIn } from "@/lib/queue";
import { loadQueueRows, type QueueScope } from "./load-rows";

/** The rows of a list, live: undefined while the first read is running. */
export function useQueueRows(scope: QueueScope): QueueRow[] | undefined {
  return useLiveQuery(() => loadQueueRows(getDatabase(), scope), [scope]);
}

export function useSettings(): Settings | undefined {
  return useLiveQuery(() => loadSettings(getDatabase()), []);
}

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Emails sent since Monday 00:00 local time: what the weekly cap counts. */
export function useSentThisWeek(now: number): number | undefined {
  const since = weekStartIn(now, timeZone());
  return useLiveQuery(
    () =>
      getDatabase()
        .outreachEvents.where("at")
        .aboveOrEqual(since)
        .filter((event) => event.type === "sent")
        .count(),
    [since],
  );
}
