import { useLiveQuery } from "dexie-react-hooks";
import { useEffect, useRef, useState } from "react";
import { getDatabase } from "@/lib/db";
import { activeIcp } from "@/lib/db/icps";
import { type RescoreProgress, rescoreAll } from "@/lib/db/rescore";
import type { PageToBackground } from "@/lib/messaging/protocol";

export type RescoreState = { state: "idle" } | ({ state: "running" | "done" } & RescoreProgress);

/**
 * Rescores every prospect whenever the active ICP changes (another one activated, or the
 * active one edited or deleted). A newer change cancels a running rescore and starts over.
 */
export function useRescoreOnActiveChange(): RescoreState {
  const key = useLiveQuery(async () => {
    const icp = await activeIcp(getDatabase());
    return icp ? `${icp.id}:${icp.updatedAt}` : "none";
  }, []);
  const previous = useRef<string>(undefined);
  const [state, setState] = useState<RescoreState>({ state: "idle" });
  useEffect(() => {
    if (key === undefined) return;
    const before = previous.current;
    previous.current = key;
    // Only a change rescores: opening the page does not.
    if (before === undefined || before === key) return;
    const controller = new AbortController();
    void rescore(controller.signal, setState);
    return () => controller.abort();
  }, [key]);
  return state;
}

async function rescore(signal: AbortSignal, setState: (state: RescoreState) => void): Promise<void> {
  const finished = await rescoreAll(getDatabase(), {
    signal,
    onProgress: (progress) => !signal.aborted && setState({ state: "running", ...progress }),
  });
  if (!finished) return;
  const total = await getDatabase().people.count();
  setState({ state: "done", done: total, total });
  const message: PageToBackground = { type: "refresh-badge" };
  // The badge caches the tier of the tab's prospect; the background may be asleep, so failure is fine.
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
