import { z } from "zod";

/** User settings, stored as one validated record; missing keys fall back to defaults. The sender and email language live with the offer. */
export const settingsSchema = z.object({
  key: z.literal("settings").default("settings"),
  uiLanguage: z.enum(["auto", "en", "de"]).default("auto"),
  weeklyCap: z.number().int().min(1).max(1000).default(50),
  contactCooldownDays: z.number().int().min(0).max(365).default(30),
  retentionDays: z.number().int().min(0).max(3650).default(0),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
