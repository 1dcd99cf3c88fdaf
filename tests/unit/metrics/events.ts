import type { OutreachEvent } from "../../../lib/model";

let counter = 0;

/** A terse outreach event for tests. */
export function event(
  type: OutreachEvent["type"],
  personId: string,
  at: string | number,
  extra: Partial<OutreachEvent> = {},
): OutreachEvent {
  counter++;
  return { id: `e${counter}`, personId, type, at: typeof at === "number" ? at : Date.parse(at), ...extra };
}

export const berlin = "Europe/Berlin";
