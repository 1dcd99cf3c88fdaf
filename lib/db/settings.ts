import { defaultSettings, type Settings, settingsSchema } from "../model";
import type { ProspectDatabase } from "./database";

/** The stored settings, with defaults for anything missing or unreadable. */
export async function loadSettings(db: ProspectDatabase): Promise<Settings> {
  const stored = await db.settings.get("settings");
  const parsed = settingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : defaultSettings;
}

/** Validates and stores a settings change; throws with the offending field when invalid. */
export async function saveSettings(db: ProspectDatabase, change: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings(db)), ...change });
  await db.settings.put(next);
  return next;
}
