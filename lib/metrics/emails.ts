import type { MessageAngle, OutreachEvent, SequenceStep } from "../model";

/**
 * One sent email and everything that happened to it. The weekly review, the
 * funnels and the A/B tests all count these, so an open or a reply is counted
 * once per email, in the week the email was sent.
 */
export interface EmailOutcome {
  personId: string;
  step?: SequenceStep;
  sequenceId?: string;
  subjectVariant?: "A" | "B";
  angle?: MessageAngle;
  sentAt: number;
  /** Also set by a click or a reply: both prove the email was read, and open tracking misses many opens. */
  opened: boolean;
  clicked: boolean;
  replied: boolean;
  positive: boolean;
  meeting: boolean;
  converted: boolean;
  /** Sum of the deal values of its conversions. */
  value: number;
  bounced: boolean;
  unsubscribed: boolean;
}

export interface Attribution {
  emails: EmailOutcome[];
  /** Outcome events of people with no recorded send: shown as a data-quality hint, never counted. */
  unattributed: number;
}

const groupKey = (personId: string, step: SequenceStep | undefined) => `${personId}\u0000${step ?? ""}`;

/**
 * Links every outcome event to the email it belongs to in one pass over the
 * events plus a binary search per outcome (no pairwise comparison):
 * an event with a step goes to that person's latest send of that step at or
 * before it; an event without a step (a meeting, a conversion, an import) to the
 * person's latest send at or before it. An event older than every send goes to
 * the first send, so a clock skew or a date-only import does not lose it.
 */
export function attributeEvents(events: readonly OutreachEvent[]): Attribution {
  const byStep = new Map<string, EmailOutcome[]>();
  const byPerson = new Map<string, EmailOutcome[]>();
  const outcomes: OutreachEvent[] = [];
  for (const event of events) {
    if (event.type === "sent") {
      const email = newEmail(event);
      push(byStep, groupKey(event.personId, event.step), email);
      push(byPerson, event.personId, email);
    } else if (event.type !== "override") {
      outcomes.push(event);
    }
  }
  for (const list of byPerson.values()) list.sort(bySentAt);
  for (const list of byStep.values()) list.sort(bySentAt);
  let unattributed = 0;
  for (const event of outcomes) {
    const candidates = (event.step && byStep.get(groupKey(event.personId, event.step))) || byPerson.get(event.personId);
    const email = candidates && latestAtOrBefore(candidates, event.at);
    if (email) apply(email, event);
    else unattributed++;
  }
  return { emails: [...byPerson.values()].flat(), unattributed };
}

function newEmail(event: OutreachEvent): EmailOutcome {
  return {
    personId: event.personId,
    step: event.step,
    sequenceId: event.sequenceId,
    subjectVariant: event.subjectVariant,
    angle: event.angle,
    sentAt: event.at,
    opened: false,
    clicked: false,
    replied: false,
    positive: false,
    meeting: false,
    converted: false,
    value: 0,
    bounced: false,
    unsubscribed: false,
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const bySentAt = (a: EmailOutcome, b: EmailOutcome) => a.sentAt - b.sentAt;

function latestAtOrBefore(sorted: readonly EmailOutcome[], at: number): EmailOutcome | undefined {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid]?.sentAt ?? 0) <= at) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return sorted[Math.max(found, 0)];
}

function apply(email: EmailOutcome, event: OutreachEvent): void {
  switch (event.type) {
    case "opened":
      email.opened = true;
      break;
    case "clicked":
      email.opened = true;
      email.clicked = true;
      break;
    case "replied-positive":
      email.positive = true;
      email.opened = true;
      email.replied = true;
      break;
    case "replied-neutral":
    case "replied-negative":
      email.opened = true;
      email.replied = true;
      break;
    case "meeting":
      email.meeting = true;
      break;
    case "converted":
      email.converted = true;
      email.value += event.value ?? 0;
      break;
    case "bounced":
      email.bounced = true;
      break;
    case "unsubscribed":
      email.unsubscribed = true;
      break;
  }
}
