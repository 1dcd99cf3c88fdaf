/** Hands a drafted email to Gmail, Outlook on the web or the mail app, or says to copy it instead. */
import { z } from "zod";

export const composeInputSchema = z.object({
  client: z.enum(["gmail", "outlook", "mailto"]),
  to: z.string().trim().max(320).default(""),
  subject: z.string().max(500),
  body: z.string().max(50_000),
  /** Gmail account index for /mail/u/N/ when the user is signed in to several. */
  account: z.number().int().min(0).max(99).optional(),
  maxLength: z.number().int().positive().default(2000),
});
export type ComposeInput = z.input<typeof composeInputSchema>;

export type Handoff = { kind: "url"; url: string } | { kind: "copy"; reason: "too-long"; length: number };

/** encodeURIComponent encodes & # + % and line breaks, and spaces as %20 (Outlook needs that). */
function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");
}

/** mailto wants CRLF line breaks (RFC 6068). */
function crlf(text: string): string {
  return text.replace(/\r?\n/g, "\r\n");
}

function urlFor(input: z.output<typeof composeInputSchema>): string {
  switch (input.client) {
    case "gmail": {
      const base =
        input.account === undefined
          ? "https://mail.google.com/mail/"
          : `https://mail.google.com/mail/u/${input.account}/`;
      return `${base}?${query({ view: "cm", fs: "1", to: input.to, su: input.subject, body: input.body })}`;
    }
    case "outlook":
      return `https://outlook.office.com/mail/deeplink/compose?${query({ to: input.to, subject: input.subject, body: input.body })}`;
    case "mailto":
      return `mailto:${encodeURIComponent(input.to).replace(/%40/g, "@")}?${query({ subject: input.subject, body: crlf(input.body) })}`;
  }
}

/** Long URLs get cut by browsers and mail clients, so past the limit the caller copies instead. */
export function composeHandoff(raw: ComposeInput): Handoff {
  const input = composeInputSchema.parse(raw);
  const url = urlFor(input);
  return url.length > input.maxLength ? { kind: "copy", reason: "too-long", length: url.length } : { kind: "url", url };
}
