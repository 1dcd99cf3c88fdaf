import { isEmploymentType } from "./board-meta";
import { clean } from "./text";

/**
 * Cards of one list of ads: a careers page built with a site builder gives every ad the same link
 * card ("a.job-listing-card" around its heading), often leading nowhere ("#"). When one card is
 * titled as an ad ("Grafik (m/w/d)"), its twins in the same list are ads as well, though their
 * titles carry no marker ("Software Developer").
 */

/** The links that share the card of a marked ad: the same classes, a heading inside, in the same list. */
export function cardTwins(marked: readonly Element[]): Set<Element> {
  const twins = new Set<Element>();
  for (const link of marked) {
    const classes = link.getAttribute("class");
    if (!classes || !link.querySelector("h2, h3, h4, h5") || twins.has(link)) continue;
    for (const other of listLinks(link)) {
      if (other.getAttribute("class") === classes && other.querySelector("h2, h3, h4, h5")) twins.add(other);
    }
  }
  return twins;
}

/** The anchors of the closest box (four levels up at most) that holds this card and another. */
function listLinks(link: Element): Element[] {
  let box = link.parentElement;
  for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
    const anchors = Array.from(box.getElementsByTagName("a"));
    if (anchors.length > 1) return anchors;
  }
  return [];
}

/**
 * The employment type a job's card prints apart ("Full-time", "Vollzeit"): the first short leaf of
 * the card, other than its title, that names one.
 */
export function cardEmploymentType(card: Element, title: string): string | undefined {
  for (const leaf of Array.from(card.querySelectorAll("p, span, li, div, dd"))) {
    if (leaf.children.length) continue;
    const text = clean(leaf.textContent);
    // A fact of a few words ("Full Time", "Teilzeit / Vollzeit"), not a sentence that names one.
    if (text && text.length <= 30 && text.split(" ").length <= 4 && text !== title && isEmploymentType(text)) {
      return text;
    }
  }
  return undefined;
}
