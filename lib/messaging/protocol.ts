import { z } from "zod";
import { captureSchema, webUrlSchema } from "../model";

/**
 * Every message between the extension's parts, named by direction. The receiver
 * validates with these schemas; anything else is rejected before it can write.
 */
export const contentToBackgroundSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("capture"), capture: captureSchema }),
]);
export type ContentToBackground = z.infer<typeof contentToBackgroundSchema>;

export const pageToBackgroundSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("refresh-badge") }),
  /** "Research this site" on the tab showing `url`; the host permission was granted first. */
  z.object({ type: z.literal("research/start"), tabId: z.number().int().nonnegative(), url: webUrlSchema }),
  z.object({ type: z.literal("research/cancel"), runId: z.string().min(1).max(200) }),
  /** "Add selection as fact" from the context menu. */
  z.object({
    type: z.literal("fact/add-selection"),
    text: z.string().min(1).max(100_000),
    pageUrl: z.string().max(4000).optional(),
    panelPersonId: z.string().max(200).optional(),
  }),
]);
export type PageToBackground = z.infer<typeof pageToBackgroundSchema>;

export const backgroundMessageSchema = z.discriminatedUnion("type", [
  ...contentToBackgroundSchema.options,
  ...pageToBackgroundSchema.options,
]);
export type BackgroundMessage = z.infer<typeof backgroundMessageSchema>;

/** At most this many granted host permissions travel with a research; far more than anyone grants. */
export const maxGrantedOrigins = 1000;

/** The background hands website research to the offscreen document, which has a DOM. */
export const backgroundToOffscreenSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("offscreen/research"),
    runId: z.string().min(1).max(200),
    url: webUrlSchema,
    html: z.string().max(6 * 1024 * 1024),
    /** The host permissions the extension holds (match patterns), since the offscreen document cannot ask Chrome. */
    grantedOrigins: z.array(z.string().min(1).max(2048)).max(maxGrantedOrigins),
  }),
  z.object({ type: z.literal("offscreen/cancel"), runId: z.string().min(1).max(200) }),
]);
export type BackgroundToOffscreen = z.infer<typeof backgroundToOffscreenSchema>;

export const replySchema = z.union([
  z.object({
    ok: z.literal(true),
    personId: z.string().optional(),
    companyId: z.string().optional(),
    runId: z.string().optional(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof replySchema>;

export type ParseResult = { ok: true; message: BackgroundMessage } | { ok: false; error: string };

/** Validates an incoming message; the error names the first offending field. */
export function parseBackgroundMessage(raw: unknown): ParseResult {
  const result = backgroundMessageSchema.safeParse(raw);
  if (result.success) return { ok: true, message: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join(".") : "message";
  return { ok: false, error: `Rejected invalid message: ${where}: ${issue?.message ?? "invalid"}` };
}
