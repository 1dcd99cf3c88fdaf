import { isPlanName, onRequest, withoutBadge } from "./plan-cards";
import { shortText } from "./short-text";
import type { Plan } from "./types";

/** What this needs of a plan candidate: its name's heading tag, its card, and whether the name is a class-named label. */
type Candidate = { tag: string; card: Element; flat: boolean };

/**
 * A plan card split by lower headings ("Licence", "Buy") whose last section holds the card's price: that
 * one priced lower heading is a section of the plan. Two or more in one card are plans under a title.
 * Each lower candidate finds the cards around it by its ancestors, so a page of thousands of price
 * blocks is not compared pair by pair.
 */
export function withoutSubsections(
  candidates: readonly Candidate[],
  priced: (Plan | undefined)[],
): (Plan | undefined)[] {
  const outers = new Map<Element, number[]>();
  candidates.forEach((outer, index) => {
    if (priced[index] && !outer.flat) outers.get(outer.card)?.push(index) ?? outers.set(outer.card, [index]);
  });
  if (outers.size === 0) return priced;
  const held = new Map<number, number[]>();
  candidates.forEach((other, at) => {
    if (!priced[at] || !other.flat) return;
    for (let box: Element | null = other.card; box; box = box.parentElement) {
      for (const index of outers.get(box) ?? []) {
        if (other.tag > (candidates[index]?.tag ?? "")) held.get(index)?.push(at) ?? held.set(index, [at]);
      }
    }
  });
  const inner = new Set<number>();
  for (const sections of held.values()) if (sections.length === 1 && sections[0] !== undefined) inner.add(sections[0]);
  return inner.size ? priced.map((plan, index) => (inner.has(index) ? undefined : plan)) : priced;
}

// A heading that says whom a plan is for ("Für kleine Teams", "For growing companies") is its tagline.
const tagline = /^(?:für|for)\s/i;

/**
 * The plan's name set as a small label right before its tagline heading ("Start" above "Für Solo & kleine
 * Teams"). Without such a label the heading itself is read as usual.
 */
export function nameBeforeTagline(heading: Element, text: string): string | undefined {
  const before = heading.previousElementSibling;
  if (!before || !tagline.test(text)) return undefined;
  const label = shortText(before, 30);
  return label && isPlanName(label) && !onRequest.test(label) ? withoutBadge(label) : undefined;
}
