import { normaliseLocation } from "../scoring/normalise/location";
import { isEmploymentType, isWorkplace } from "./board-meta";
import { clean } from "./text";

/**
 * The row of tags a careers card prints beside its title without labels or classes
 * ("Consulting · Vollzeit oder Teilzeit ab 30 Std. · Köln oder remote (Deutschland)"), as site
 * builders and utility-class pages lay them out: one box whose children are all short leaves.
 */
export type ChipFacts = { department?: string; location?: string; employmentType?: string };

// Elements a tag may hold beside its text: an icon.
const iconTags = new Set(["svg", "i", "img"]);
// The parts of a place tag ("Köln oder remote (Deutschland)", "Berlin / Remote").
const placeParts = /\s+(?:oder|or|und|and)\s+|[()/,·|–]/;

/** The facts of the first tag row in the card (not inside its title), or none. */
export function cardChips(card: Element, title: string): ChipFacts {
  const chips = chipRow(card, title);
  if (!chips) return {};
  const types = chips.filter(isEmploymentType);
  const location = chips.find((chip) => !isEmploymentType(chip) && isPlace(chip));
  // Beside a tag that reads as a place, the one other tag names the team, first or last
  // ("Engineering · Full-time · Berlin"); a row without a place or with several others (skills) names
  // none, and a tag with a number is a schedule or a pay ("10–20 Std./Woche"), not a team.
  const others = chips.filter((chip) => chip !== location && !isEmploymentType(chip) && !/\d/.test(chip));
  const department = location && others.length === 1 ? others[0] : undefined;
  return { department, location, employmentType: types.length ? types.join(", ") : undefined };
}

/**
 * The texts of the card's first box of short leaf children, not holding the title: two or more,
 * or a lone one that names a place ("Frankreich" alone in its badges).
 */
function chipRow(card: Element, title: string): string[] | undefined {
  for (const box of Array.from(card.querySelectorAll("div, ul, p"))) {
    if (!box.children.length || box.closest("h1, h2, h3, h4, h5, h6")) continue;
    const chips = Array.from(box.children, chipText);
    if (!chips.every((chip): chip is string => chip !== undefined && chip !== title)) continue;
    if (chips.length > 1 || isPlace(chips[0] ?? "")) return chips;
  }
  return undefined;
}

/** A tag's text: a span or item of a few words, holding at most an icon. */
function chipText(element: Element): string | undefined {
  if (!/^(?:span|li|small|div)$/.test(element.localName)) return undefined;
  if (Array.from(element.children).some((child) => !iconTags.has(child.localName))) return undefined;
  const text = clean(element.textContent);
  return text && text.length <= 60 && text.split(" ").length <= 8 ? text : undefined;
}

/** Whether a tag names a place or the way of working there ("Berlin", "Remote", "Köln oder remote"). */
export function isPlace(chip: string): boolean {
  const parts = [chip, ...chip.split(placeParts)].map((part) => part.trim()).filter(Boolean);
  return parts.some((part) => isWorkplace(part) || normaliseLocation(part) !== undefined);
}
