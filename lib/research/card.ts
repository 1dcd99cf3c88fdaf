import { holdsElements } from "./holds-elements";

/**
 * The card around a heading in a list of similar cards (team members, pricing plans): the
 * largest ancestor that holds this heading and no other element of the same tag.
 */
export function cardOf(heading: Element): Element {
  let card = heading.parentElement ?? heading;
  while (card.parentElement && card.parentElement !== heading.ownerDocument.body) {
    if (holdsElements(card.parentElement, heading.localName, 2)) break;
    card = card.parentElement;
  }
  return card;
}
