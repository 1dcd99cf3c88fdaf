/** Relevance gates before drafting or sending: fewer, better emails (20-50 a week, three reasons each). */
import { z } from "zod";
import { prospectStatusSchema } from "../model/person";

const DAY_MS = 86_400_000;
export const REQUIRED_FACTS = 3;

export const gateInputSchema = z.object({
  factsSelected: z.number().int().nonnegative(),
  /** ICP score 0-100; undefined when not scored yet (counts as below the threshold). */
  score: z.number().min(0).max(100).optional(),
  threshold: z.number().min(0).max(100),
  status: prospectStatusSchema,
  lastContactedAt: z.number().int().nonnegative().optional(),
  cooldownDays: z.number().int().min(0).max(365),
  sentThisWeek: z.number().int().nonnegative(),
  weeklyCap: z.number().int().min(1),
  /** Last contact with anyone at the same company; only checked when given. */
  companyContactedAt: z.number().int().nonnegative().optional(),
  now: z.number().int().nonnegative(),
});
export type GateInput = z.input<typeof gateInputSchema>;

export type GateCode = "facts" | "score" | "do-not-contact" | "cooldown" | "company-cooldown" | "weekly-cap";

export interface GateReason {
  code: GateCode;
  message: { en: string; de: string };
}

type Gate = (input: z.output<typeof gateInputSchema>) => GateReason | undefined;

function daysAgo(at: number | undefined, now: number): number | undefined {
  return at === undefined ? undefined : Math.floor((now - at) / DAY_MS);
}

const GATES: Gate[] = [
  ({ factsSelected: n }) =>
    n >= REQUIRED_FACTS
      ? undefined
      : {
          code: "facts",
          message: {
            en: `Only ${n} of ${REQUIRED_FACTS} facts selected: pick three reasons why this email is relevant.`,
            de: `Nur ${n} von ${REQUIRED_FACTS} Fakten ausgewählt: Wähle drei Gründe, warum diese E-Mail relevant ist.`,
          },
        },
  ({ score, threshold }) =>
    score !== undefined && score >= threshold
      ? undefined
      : {
          code: "score",
          message:
            score === undefined
              ? { en: "Not scored against the ICP yet.", de: "Noch nicht gegen das ICP bewertet." }
              : {
                  en: `ICP score ${Math.round(score)} is below the threshold of ${threshold}.`,
                  de: `ICP-Score ${Math.round(score)} liegt unter der Schwelle von ${threshold}.`,
                },
        },
  ({ status }) =>
    status !== "do-not-contact"
      ? undefined
      : {
          code: "do-not-contact",
          message: { en: "Marked as do not contact.", de: "Als „nicht kontaktieren“ markiert." },
        },
  ({ lastContactedAt, cooldownDays, now }) => {
    const days = daysAgo(lastContactedAt, now);
    if (days === undefined || days >= cooldownDays) return undefined;
    return {
      code: "cooldown",
      message: {
        en: `Contacted ${days} days ago (wait at least ${cooldownDays}).`,
        de: `Vor ${days} Tagen kontaktiert (mindestens ${cooldownDays} Tage warten).`,
      },
    };
  },
  ({ companyContactedAt, cooldownDays, now }) => {
    const days = daysAgo(companyContactedAt, now);
    if (days === undefined || days >= cooldownDays) return undefined;
    return {
      code: "company-cooldown",
      message: {
        en: `Someone at this company was contacted ${days} days ago.`,
        de: `Jemand aus diesem Unternehmen wurde vor ${days} Tagen kontaktiert.`,
      },
    };
  },
  ({ sentThisWeek, weeklyCap }) =>
    sentThisWeek < weeklyCap
      ? undefined
      : {
          code: "weekly-cap",
          message: {
            en: `Weekly cap reached: ${sentThisWeek} of ${weeklyCap} emails sent this week.`,
            de: `Wochenlimit erreicht: ${sentThisWeek} von ${weeklyCap} E-Mails diese Woche gesendet.`,
          },
        },
];

/** Every reason this prospect should not be emailed now; empty means go. */
export function checkGates(raw: GateInput): GateReason[] {
  const input = gateInputSchema.parse(raw);
  return GATES.map((gate) => gate(input)).filter((reason): reason is GateReason => reason !== undefined);
}

export type GateDecision =
  | { allowed: true; overridden: false }
  | { allowed: true; overridden: true; reason: string; codes: GateCode[] }
  | { allowed: false; reasons: GateReason[]; error?: { en: string; de: string } };

/**
 * Going past the gates is allowed only with a stated reason (stored as an "override" event,
 * so the weekly review can see how often relevance was bypassed).
 */
export function overrideGates(reasons: readonly GateReason[], statedReason?: string): GateDecision {
  if (reasons.length === 0) return { allowed: true, overridden: false };
  const reason = statedReason?.trim() ?? "";
  if (!reason) {
    return {
      allowed: false,
      reasons: [...reasons],
      error:
        statedReason === undefined
          ? undefined
          : { en: "State a reason to override.", de: "Nenne einen Grund für die Ausnahme." },
    };
  }
  return { allowed: true, overridden: true, reason, codes: reasons.map((r) => r.code) };
}
