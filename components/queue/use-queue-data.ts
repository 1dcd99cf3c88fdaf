import { useLiveQuery } from "dexie-react-hooks";
import { useEffect, useState } from "react";
import { getDatabase, loadSettings } from "@/lib/db";
import type { Settings } from "@/lib/model";
import type { QueueRow } from "@/lib/queue";
import { weekStartIn } from "@/lib/queue";
import { loadFirstRows, loadQueueRows, type QueueScope } from "./load-rows";

/** The rows of a list, live: undefined while the first read is running (or until `start`). */
export function useQueueRows(scope: QueueScope, start = true): QueueRow[] | undefined {
  return useLiveQuery(() => (start ? loadQueueRows(getDatabase(), scope) : undefined), [scope, start]);
}

/** A first screen of rows, read once on mount, for as long as the full list is still loading. */
export function useFirstRows(limit: number): QueueRow[] | undefined {
  const [rows, setRows] = useState<QueueRow[]>();
  useEffect(() => {
    let live = true;
    loadFirstRows(getDatabase(), limit).then(
      (first) => live && setRows(first),
      () => live && setRows([]), // The full read shows the same rows, or its own error.
    );
    return () => {
      live = false;
    };
  }, [limit]);
  return rows;
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
