import { isPlanName, onRequest, withoutBadge } from "./plan-cards";
import { shortText } from "./short-text";
import type { Plan } from "./types";

/**
 * What this needs of a plan candidate: its name's heading tag, its card, whether its heading has siblings of
 * its level in one parent (no card of its own), and whether the name is longer than most plans' names.
 */
type Candidate = { tag: string; card: Element; flat: boolean; long?: boolean };

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

/**
 * A heading of up to seven words that may name a plan ("An issue for your topic"), if its card says so (see
 * `withLongNames`). A sentence, closed by its full stop, is none.
 */
export function isLongPlanName(text: string): boolean {
  return !/[.…]$/.test(text) && isPlanName(text, 7, 48);
}

/**
 * The plans of long-named candidates, priced where the structure says the heading is a plan's name: on a page
 * about pricing, the card stands in one grid with a priced card named by a usual name in a heading of the same
 * level, and holds no shorter name of its own (a long tagline above "Solo" is not the plan's name). Only those
 * cards are priced: most long headings title sections and articles.
 */
export function withLongNames<C extends Candidate>(
  candidates: readonly C[],
  priced: (Plan | undefined)[],
  priceOf: (candidate: C) => Plan | undefined,
  aboutPricing: () => boolean,
): (Plan | undefined)[] {
  const gridded = (candidate: C) =>
    !candidate.flat &&
    // A plan with a name of the usual length vouches for the grid: long section titles side by side make none.
    candidates.some(
      (other, at) =>
        !other.long &&
        priced[at] &&
        !other.flat &&
        other.tag === candidate.tag &&
        other.card.parentElement === candidate.card.parentElement,
    ) &&
    !candidates.some((other) => !other.long && other.card === candidate.card);
  const long = candidates.filter((candidate) => candidate.long && gridded(candidate));
  if (!long.length || !aboutPricing()) return priced;
  return candidates.map((candidate, index) => (long.includes(candidate) ? priceOf(candidate) : priced[index]));
}
