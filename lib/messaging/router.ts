import { type ProspectDatabase, storeCapture } from "../db";
import { scoreCaptured } from "../db/rescore";
import { addSelectionAsFact } from "../prospects/add-selection";
import { type BackgroundMessage, parseBackgroundMessage, type Reply } from "./protocol";

export interface RouterEffects {
  /** Called after anything that may change the badge of a tab. */
  refreshBadge(): Promise<void> | void;
  /** Starts website research on a tab; returns the run's id. */
  startResearch(tabId: number, url: string): Promise<string>;
  cancelResearch(runId: string): Promise<void>;
}

/** Handles one raw message for the background: validate, then act. Never throws. */
export async function routeMessage(db: ProspectDatabase, raw: unknown, effects: RouterEffects): Promise<Reply> {
  const parsed = parseBackgroundMessage(raw);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  try {
    return await handle(db, parsed.message, effects);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function handle(db: ProspectDatabase, message: BackgroundMessage, effects: RouterEffects): Promise<Reply> {
  switch (message.type) {
    case "capture": {
      const stored = await storeCapture(db, message.capture);
      await scoreCaptured(db, stored);
      await effects.refreshBadge();
      return { ok: true, personId: stored.personId, companyId: stored.companyId };
    }
    case "refresh-badge":
      await effects.refreshBadge();
      return { ok: true };
    case "research/start":
      return { ok: true, runId: await effects.startResearch(message.tabId, message.url) };
    case "fact/add-selection": {
      const added = await addSelectionAsFact(db, message.text, message.pageUrl, message.panelPersonId);
      return added ? { ok: true } : { ok: false, error: "The selection belongs to no captured prospect." };
    }
    case "research/cancel":
      await effects.cancelResearch(message.runId);
      return { ok: true };
  }
}
