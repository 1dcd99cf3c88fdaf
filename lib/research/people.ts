import { foundersInProse, ownFounding } from "./founders";
import { isPersonName, isRole, namePair, stripRole, titleCase } from "./names";
import { withPageMemo } from "./page-memo";
import { jsonLdPeople, withCardRoles } from "./people-ld";
import { shortText } from "./short-text";
import { altOnlyPeople } from "./team-alt";
import {
  boxKey,
  hasPhoto,
  headedListRole,
  isIntroduced,
  isOwnPage,
  isTeamPage,
  underTeamHeading,
} from "./team-context";
import { firstNameCards, firstNameKey, firstNameTeams, signatureOf } from "./team-first-names";
import { type Card, linkedinNear, loneCards } from "./team-lone";
import { isOutsideTeam } from "./team-outside";
import { altRole, pastPlaceLines, type Role, roleNear } from "./team-role-near";
import { nameAndRole, tidyRole } from "./team-roles";
import { clean, textLines } from "./text";
import type { SitePerson } from "./types";

/**
 * People named on about and team pages: JSON-LD Person, then repeated name + role cards. The
 * page's address (a fetched page's document has none of its own) tells a team page of one.
 */
export function extractPeople(doc: Document, url?: string): SitePerson[] {
  return withPageMemo(() => {
    const cards = teamCards(doc, url);
    return dedupePeople([
      ...withCardRoles(jsonLdPeople(doc), cards, url),
      ...cards,
      ...companyFounders(doc, url),
      ...altOnlyPeople(doc, url),
    ]);
  });
}

/**
 * Founders the company's own home or about page names in its prose ("wurde von … gegründet"); on
 * its other pages (a press release) the sentences that tell of the company itself.
 */
export function companyFounders(doc: Document, url: string | undefined): SitePerson[] {
  if (!doc.body) return [];
  if (isOwnPage(doc, url)) return foundersInProse(textLines(doc.body), true);
  return url ? foundersInProse(ownFounding(textLines(doc.body), url), true) : [];
}

const nameSelector = "h1, h2, h3, h4, h5, h6, strong, b, p, span, div, figcaption, dt, dd, li, td, a, cite";
const isNameTag = new Set(nameSelector.split(", "));

/** Name elements that repeat with the same markup, each followed (or preceded) by a role. */
function teamCards(doc: Document, url: string | undefined): SitePerson[] {
  const groups = new Map<string, Card[]>();
  const firstNames = new Map<string, Element[]>();
  // Each name element's place on the page: sorting by it is cheap, comparing positions in long lists is not.
  const order = new Map<Element, number>();
  for (const node of Array.from(doc.querySelectorAll(nameSelector))) {
    order.set(node, order.size);
    const card = readCard(node, url);
    const key = card ? undefined : firstNameKey(node);
    if (key) firstNames.get(key)?.push(node) ?? firstNames.set(key, [node]);
    if (!card) continue;
    groups.get(card.signature)?.push(card) ?? groups.set(card.signature, [card]);
  }
  const people: Listed[] = [];
  const lone: (Card & { role: Role })[] = [];
  const listed = new Set<string>();
  const teamPage = isTeamPage(doc, url);
  for (const cards of groups.values()) {
    const withRoles = teamList(cards, teamPage) ?? [];
    // On a team page one full name proves a list of first names set in its markup ("Tjark Holm", "Sune").
    const alone = withRoles.length > 1 || teamPage ? (firstNames.get(cards[0]?.signature ?? "") ?? []) : [];
    const firsts = alone.length && withRoles.length ? firstNameCards(alone, withRoles, roleNear) : [];
    if (cards.length === 1 && withRoles[0] && firsts.length === 0) lone.push(withRoles[0]);
    if (withRoles.length + firsts.length < 2) continue;
    const members = [...withRoles, ...firsts];
    // The LinkedIn link is looked up for the people kept only: the card around a name is costly to find.
    listed.add(cards[0]?.signature ?? "");
    for (const card of inPageOrder<{ name: string; role: Role; node: Element; pair?: string[] }>(members, order)) {
      if (isOutsideTeam(card.node, card.role.text, url)) continue;
      const linkedinUrl = linkedinNear(card.node);
      for (const name of card.pair ?? [card.name]) {
        people.push({
          name,
          role: card.role.text || undefined,
          source: "team-card",
          linkedinUrl,
          node: card.node,
          size: members.length,
        });
      }
    }
  }
  const teams = teamPage ? firstNameTeams(firstNames, listed, roleNear) : [];
  const found: SitePerson[] = cardRolesFirst(people);
  for (const { name, role, node } of teams) {
    if (!isOutsideTeam(node, role.text, url)) found.push({ name, role: role.text, source: "team-card" });
  }
  return [...found, ...loneCards(lone, people.length > 0, doc, url)];
}

/** A person read from a list of cards, with the card's name element and the size of its list. */
type Listed = SitePerson & { node: Element; size: number };

/**
 * The role of each person named in several lists: the one of their card, with a photo, in the
 * largest list. A quote or an intro above the team names people with shorter roles ("CEO" for
 * "CEO & Co-Founder"), and it comes first on the page.
 */
function cardRolesFirst(people: readonly Listed[]): SitePerson[] {
  const best = new Map<string, Listed>();
  let repeated = false;
  for (const person of people) {
    const key = person.name.toLowerCase();
    const known = best.get(key);
    if (known) repeated = true;
    if (!known || (person.role && outranks(person, known))) best.set(key, person);
  }
  return people.map(({ node: _node, size: _size, ...person }) => {
    const role = repeated ? (best.get(person.name.toLowerCase())?.role ?? person.role) : person.role;
    return { ...person, role };
  });
}

function outranks(card: Listed, other: Listed): boolean {
  if (!other.role) return true;
  const photo = hasPhoto(card.node);
  if (photo !== hasPhoto(other.node)) return photo;
  return card.size > other.size;
}

/**
 * The cards of a team list with their roles, or (for one card) that card with its role. Where
 * headings of one markup hold both feature cards and a team ("Fast Setup" and "Anna Berg" in
 * `h3`s), the cards of each box markup are tried apart.
 */
function teamList(cards: readonly Card[], teamPage: boolean): (Card & { role: Role })[] | undefined {
  const withRoles = cardsWithRoles(cards);
  if (withRoles.length === 0) withRoles.push(...underRoleHeading(cards, teamPage));
  if (cards.length === 1) return withRoles;
  if (isTeam(cards, withRoles)) return withRoles;
  if (withRoles.length < 2 || cards.length < 4) return undefined;
  const boxes = new Map<string, Card[]>();
  for (const card of cards) {
    const key = boxKey(card.node);
    boxes.get(key)?.push(card) ?? boxes.set(key, [card]);
  }
  if (boxes.size < 2) return undefined;
  const found = [...boxes.values()].flatMap((box) => {
    const roles = cardsWithRoles(box);
    return box.length > 1 && isTeam(box, roles) ? roles : [];
  });
  return found.length ? found : undefined;
}

/**
 * One name with a role is a mention (also when the page names that one person twice); a team
 * list repeats the structure, gives most names a role and names a job somewhere.
 */
function isTeam(cards: readonly Card[], withRoles: readonly (Card & { role: Role })[]): boolean {
  const named = new Set(withRoles.map((card) => card.name.toLowerCase())).size;
  if (named < 2 || withRoles.length < cards.length / 2) return false;
  return withRoles.some((card) => card.role.declared || isRole(card.role.text));
}

/**
 * The cards with a role. A tentative role counts where most cards of the list, two at least,
 * hold a clear role in the same place: then that place is the list's role line.
 */
function cardsWithRoles(listed: readonly Card[]): (Card & { role: Role })[] {
  const cards = pastPlaceLines(listed);
  const counts = new Map<string | undefined, { clear: number; tentative: number }>();
  for (const { role } of cards) {
    if (!role) continue;
    const count = counts.get(role.place) ?? { clear: 0, tentative: 0 };
    count[role.tentative ? "tentative" : "clear"]++;
    counts.set(role.place, count);
  }
  const isRoleLine = (place: string | undefined): boolean => {
    const count = counts.get(place);
    return count !== undefined && count.clear >= 2 && count.clear > count.tentative;
  };
  return cards.flatMap((card) =>
    card.role && (!card.role.tentative || isRoleLine(card.role.place)) ? [{ ...card, role: card.role }] : [],
  );
}

function inPageOrder<T extends { node: Element }>(cards: T[], order: ReadonlyMap<Element, number>): T[] {
  const place = (card: T) => order.get(card.node) ?? Number.POSITIVE_INFINITY;
  return cards.length < 2 ? cards : [...cards].sort((a, b) => place(a) - place(b));
}

/**
 * Names without a role of their own: in a list under a heading that is their role ("Die
 * Geschäftsführer" over three names), or under a heading that calls them the team ("Leadership
 * Team" over cards with a photo and a bio), where they are kept without a role.
 */
function underRoleHeading(cards: readonly Card[], teamPage: boolean): (Card & { role: Role })[] {
  if (cards.length < 2 || cards.some((card) => card.role && !card.role.tentative)) return [];
  const nodes = cards.map((card) => card.node);
  const role = headedListRole(nodes);
  if (role) return cards.map((card) => ({ ...card, role: { text: role } }));
  // On a team page, cards that each show the person's portrait or open a bio with their first name.
  const team = underTeamHeading(nodes) || (teamPage && cards.every((card) => isIntroduced(card.node, card.name)));
  return team ? cards.map((card) => ({ ...card, role: { text: "", declared: true } })) : [];
}

// A name, and every title before one ("Dr.", "Prof."), starts with a capital letter.
const capitalised = /^\p{Lu}/u;
const lowercase = /\p{Ll}/u;

function readCard(node: Element, url: string | undefined): Card | undefined {
  const text = shortText(node, 90);
  // A name has two words at least; the cheap checks on the text come before the ones on the page.
  if (text === undefined || text.length > 90 || !text.includes(" ") || !capitalised.test(text)) return undefined;
  // A name typed in capitals ("MAX WEIDNER") reads as one only beside a clear role.
  const shouted = !lowercase.test(text);
  const [written, ownRole] = nameAndRole(node, shouted ? titleCase(text) : text);
  const name = stripRole(written);
  const named = isPersonName(name);
  const pair = named ? undefined : namePair(name, node.localName === "dd" || node.localName === "td");
  if ((!named && !pair) || node.closest("nav, header, footer, script, style, noscript")) return undefined;
  // The innermost element holding the name is the card's name element.
  if (Array.from(node.children).some((child) => isNameTag.has(child.localName) && clean(child.textContent) === text))
    return undefined;
  const role = ownRole ? { text: tidyRole(ownRole) } : (roleNear(node) ?? altRole(node, name, url));
  if (shouted && !isRole(role?.text ?? "")) return undefined;
  return { name, role, signature: signatureOf(node), node, pair };
}

/** One entry per person (by `keyOf`), the first role and LinkedIn link found kept. */
export function dedupePeople(
  people: readonly SitePerson[],
  keyOf: (person: SitePerson) => string = (person) => person.name.toLowerCase(),
): SitePerson[] {
  const byName = new Map<string, SitePerson>();
  for (const person of people) {
    const key = keyOf(person);
    const known = byName.get(key);
    byName.set(
      key,
      known
        ? { ...known, role: known.role ?? person.role, linkedinUrl: known.linkedinUrl ?? person.linkedinUrl }
        : person,
    );
  }
  return [...byName.values()];
}
