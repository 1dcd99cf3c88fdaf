import { z } from "zod";

export const outcomeFields = [
  "email",
  "date",
  "sent",
  "opened",
  "clicked",
  "replied",
  "replyType",
  "meeting",
  "converted",
  "value",
  "bounced",
  "unsubscribed",
  "step",
  "variant",
] as const;
export type OutcomeField = (typeof outcomeFields)[number];

/** Field → column index. The preview shows it; the user corrects it; the import validates it. */
export const columnMappingSchema = z
  .partialRecord(z.enum(outcomeFields), z.number().int().nonnegative())
  .refine((m) => m.email !== undefined, { message: "Choose the column that holds the email address", path: ["email"] });
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** Header words (normalised: lower case, no accents, no punctuation) of English and German mail tools. */
const synonyms: Record<OutcomeField, readonly string[]> = {
  email: ["email", "emailaddress", "mail", "emailadresse", "recipient", "empfanger", "to", "contactemail"],
  date: ["date", "datum", "sentat", "sentdate", "sendedatum", "gesendetam", "versendetam", "timestamp", "zeitpunkt"],
  sent: ["sent", "gesendet", "versendet", "delivered", "zugestellt"],
  opened: ["opened", "opens", "open", "geoffnet", "offnungen", "openedat"],
  clicked: ["clicked", "clicks", "click", "geklickt", "klicks", "clickedat"],
  replied: ["replied", "reply", "replies", "answered", "beantwortet", "antwort", "repliedat"],
  replyType: ["replytype", "replystatus", "sentiment", "antworttyp", "stimmung", "interest", "interesse"],
  meeting: ["meeting", "meetingbooked", "termin", "termingebucht", "booked"],
  converted: ["converted", "conversion", "won", "gewonnen", "customer", "dealwon"],
  value: ["value", "dealvalue", "amount", "wert", "betrag", "umsatz", "revenue"],
  bounced: ["bounced", "bounce", "unzustellbar", "bounces"],
  unsubscribed: ["unsubscribed", "unsubscribe", "optout", "abgemeldet", "abmeldung"],
  step: ["step", "schritt", "sequencestep", "stufe", "emailnumber"],
  variant: ["variant", "variante", "subjectvariant", "abvariant", "version"],
};

export function normaliseHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/**
 * Maps CSV headers to outcome fields for the import preview: an exact synonym
 * first, then a header that contains one ("Opened (count)"). Each column is used
 * at most once, and each field takes the first column that fits.
 */
export function guessColumns(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const exact of [true, false]) {
    for (const field of outcomeFields) {
      if (mapping[field] !== undefined) continue;
      const index = normalised.findIndex(
        (h, i) =>
          !used.has(i) && h !== "" && synonyms[field].some((s) => (exact ? h === s : s.length > 3 && h.includes(s))),
      );
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
      }
    }
  }
  return mapping;
}
