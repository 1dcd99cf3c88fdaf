import { isEmploymentType, isWorkplace } from "./board-meta";
import { type ChipFacts, cardChips } from "./careers-chips";
import { kindRules } from "./link-kinds";
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
function cardEmploymentType(card: Element, title: string): string | undefined {
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

// A field's label before its value ("Location: Lisbon", "Standort: Köln", "Department: Sales").
const fieldLabel =
  /^(?:location|locations|place|office|standort|standorte|arbeitsort|einsatzort|ort|department|team|abteilung|bereich)\s*:\s*/i;

/**
 * The place a job's card names apart: the card's own `data-location`, else a part classed as its
 * location or office ("Location: Lisbon" without its label), else the line under a title broken by
 * `<br>` ("Backend Engineer<br>Berlin · Full-time").
 */
function cardPlace(card: Element, link: Element): string | undefined {
  const own = clean(card.getAttribute("data-location"));
  if (own) return own;
  const part = card.querySelector("[class*='location' i], [class*='office' i], [data-location]");
  const named = clean(part?.textContent).replace(fieldLabel, "");
  if (named) return named;
  const line = brokenLines(link)[1]?.split(/\s+[·•|–]\s+/);
  const place = line?.find((fact) => !isEmploymentType(fact) && !isWorkplace(fact));
  return place && place.length <= 60 ? place : undefined;
}

/** The department a job's card names apart (a part classed as its department), other than its title. */
function cardDepartment(card: Element, title: string): string | undefined {
  const part = card.querySelector("[class*='department' i], [class*='dept' i]");
  const named = clean(part?.textContent).replace(fieldLabel, "");
  return named && named !== title && named.length <= 60 ? named : undefined;
}

/**
 * A card's place, department and employment type: each from its own labelled or classed part first,
 * else from the card's row of unlabelled tags.
 */
export function cardFacts(card: Element, link: Element, title: string): ChipFacts {
  const chips = cardChips(card, title);
  return {
    location: cardPlace(card, link) ?? chips.location,
    department: cardDepartment(card, title) ?? chips.department,
    employmentType: cardEmploymentType(card, title) ?? chips.employmentType,
  };
}

/**
 * A link's lines where its own `<br>` breaks its text ("Backend Engineer<br>Berlin"): none without one.
 * One pass over the link's children, no look-up in its subtree; its parts are joined by a space and
 * only a `<br>` breaks a line (not a line break in the page's source).
 */
export function brokenLines(link: Element): string[] {
  const lines = [""];
  for (const node of Array.from(link.childNodes)) {
    if (node.nodeName === "BR") lines.push("");
    else lines[lines.length - 1] += ` ${node.textContent ?? ""}`;
  }
  return lines.length > 1 ? lines.map((line) => clean(line)).filter(Boolean) : [];
}

// The careers page's own name as a link's title ("Stellenangebote", "Jobs", "Karriere").
const careersTitle = kindRules.find((rule) => rule.kind === "careers")?.text;

/**
 * Whether a link leads to the careers pages themselves ("Stellenangebote"), or stands in a small
 * group of buttons beside such a link ("Jetzt bewerben · Stellenangebote · Ausbildung 2026"): that
 * group is navigation, not a list of ads.
 */
export function careersNavigation(link: Element): boolean {
  const named = (anchor: Element) => Boolean(careersTitle?.test(clean(anchor.textContent)));
  if (named(link)) return true;
  let box = link.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    const anchors = box.getElementsByTagName("a");
    if (anchors.length >= 2) return anchors.length <= 5 && Array.from(anchors).some(named);
  }
  return false;
}
