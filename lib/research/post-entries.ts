import { cardDate, lineDate } from "./card-dates";
import { findDate } from "./dates";
import { titlesIn } from "./list-titles";
import { clean } from "./text";

/**
 * An entry of a news list that links nowhere: a heading with a date line and a paragraph, or an
 * accordion's heading over its panel ("h3" over a "div"). Its date is in its own box (the containers
 * around the heading that hold no other title), else in the line beside the heading, else at the
 * panel below it. A section's heading over the entries ("Aktuelle Mitteilungen") has no box of its
 * own: the first container around it holds the entries' titles.
 */
export function entryDate(heading: Element, headings: string): string | undefined {
  let container = heading.parentElement;
  for (let depth = 0; container && depth < 4; depth++, container = container.parentElement) {
    if (holdsTitle(container, heading, headings)) break;
    const date = cardDate(container, true);
    if (date) return date;
  }
  const next = notHeading(heading.nextElementSibling, headings);
  const panel = next && !holdsTitle(next, heading, headings) ? next : null;
  return lineDate(next) ?? lineDate(notHeading(heading.previousElementSibling, headings)) ?? panelDate(panel);
}

/**
 * Whether an element holds another entry's title: a box or panel of the heading's own holds none, and
 * only a few labels ("14 May 2025", "By Lena Hoffmann"); one with many headings is a list.
 */
function holdsTitle(element: Element, heading: Element, headings: string): boolean {
  const titles = titlesIn(element, headings);
  return titles.length > maxLabels || titles.some((other) => other !== heading && !isLabel(other));
}

const maxLabels = 8;

/** A short heading that labels a card ("14 May 2025", "Presse", "By Lena Hoffmann"), not another entry's title. */
export function isLabel(heading: Element): boolean {
  const text = clean(heading.textContent);
  return text.length < 30 && text.split(" ").length <= 3;
}

function notHeading(element: Element | null, headings: string): Element | null {
  return element && !element.matches(headings) ? element : null;
}

/** An accordion's panel opens with its date: a line of its own, or its first words ("12.03.2025 – Kranich …"). */
function panelDate(panel: Element | null): string | undefined {
  if (!panel) return undefined;
  return lineDate(panel.firstElementChild) ?? findDate(clean(panel.textContent).slice(0, panelOpening));
}

const panelOpening = 80;
