import { canonicalProfileUrl } from "../pages";
import { cardOf } from "./card";
import { isRole } from "./names";
import { memoPerPage } from "./page-memo";
import { hasPhoto, isOwnerRole, isOwnPage, isTeamPage } from "./team-context";
import { isOutsideTeam } from "./team-outside";
import { quotationBefore } from "./team-quote";
import type { Role } from "./team-role-near";
import type { SitePerson } from "./types";

/** Team cards found alone on a page: a team of one, a founder set apart, the owner's card. */

/** A name element read as a team card, with the role beside it. */
export interface Card {
  name: string;
  role?: Role;
  /** Tag and class of the name element: cards of one team list share it. */
  signature: string;
  node: Element;
  /** The two people a line names ("Anna Berg & Tom Li"), who share the card's role. */
  pair?: string[];
}

/**
 * Cards of their own on a team or about page. Where no list was found, the only card with a
 * clear role is a team of one. Beside a list, a card whose role element is classed as one
 * ("member-job-title") is kept too: a founder set apart above the board. The owner's card (a
 * photo, a name, "Gründer & Geschäftsführer") is read also among other mentions and on the home page.
 */
export function loneCards(
  found: (Card & { role: Role })[],
  listed: boolean,
  doc: Document,
  url?: string,
): SitePerson[] {
  const teamPage = isTeamPage(doc, url);
  const lone = withoutNested(found);
  const owners = listed ? [] : lone.filter(isOwnerCard);
  const kept = listed
    ? lone.filter((card) => card.role.declared)
    : teamPage && lone.length === 1
      ? lone
      : owners.length === 1 && (teamPage || isOwnPage(doc, url))
        ? owners
        : [];
  if (kept.length === 0 || kept.length > 2 || (listed && !teamPage)) return [];
  return kept.flatMap(({ name, pair, role, node }) =>
    isRole(role.text) && !isOutsideTeam(node, role.text, url)
      ? (pair ?? [name]).map((one) => ({
          name: one,
          role: role.text,
          source: "team-card" as const,
          linkedinUrl: pair ? undefined : linkedinNear(node),
        }))
      : [],
  );
}

/**
 * One card per person where the name was read twice from one caption: from its `<strong>` and from
 * the caption holding it with the role ("<figcaption><strong>Name</strong><br>Inhaber</figcaption>").
 */
function withoutNested<T extends Card>(cards: readonly T[]): T[] {
  const first = new Map<string, T>();
  return cards.filter((card) => {
    const key = card.name.toLowerCase();
    const known = first.get(key);
    if (!known) first.set(key, card);
    return !known || !(known.node.contains(card.node) || card.node.contains(known.node));
  });
}

/**
 * The owner's card: an owner's role, a photo (two owners named in one line need none) and no
 * sentence before the name, which a customer's words under a photo would be.
 */
function isOwnerCard(card: Card & { role: Role }): boolean {
  return isOwnerRole(card.role.text) && (card.pair !== undefined || hasPhoto(card.node)) && !quotationBefore(card.node);
}

/** The card's one LinkedIn profile link. */
export function linkedinNear(node: Element): string | undefined {
  return profileIn(cardOf(node)) || undefined;
}

// A list set without a box per person ("<h3>Name</h3><p>Role</p>" side by side) is the card of every
// name in it: it is searched once per research, not once per name ("" where it holds none or several).
const profileIn = memoPerPage((card: Element): string => {
  const links = card.querySelectorAll("a[href*='linkedin.com/in/']");
  return links.length === 1 ? (canonicalProfileUrl(links[0]?.getAttribute("href") ?? "") ?? "") : "";
});
