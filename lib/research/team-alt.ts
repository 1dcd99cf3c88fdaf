import { isPersonName, isRole } from "./names";
import { shortText } from "./short-text";
import { isTeamPage, underTeamHeading } from "./team-context";
import { isOutsideTeam } from "./team-outside";
import { roleNear, withoutCompany } from "./team-role-near";
import { clean } from "./text";
import type { SitePerson } from "./types";

/**
 * A team grid of portraits that names its people in the images' alt text only: "Lena Hoffmann,
 * Geschäftsführerin" (the whole card in the alt), or "Lena Hoffmann" with the role set beside the
 * image. Names the page also shows as text are read from their cards instead.
 */
export function altOnlyPeople(doc: Document, url?: string): SitePerson[] {
  const found: { name: string; role: string; node: Element }[] = [];
  for (const image of Array.from(doc.getElementsByTagName("img"))) {
    const alt = clean(image.getAttribute("alt"));
    // The cheap look first: a name and a role are a few words.
    if (alt.length < 5 || alt.length > 120 || !alt.includes(" ")) continue;
    const person = altPerson(alt, image, url);
    if (!person || image.closest("nav, header, footer") || shownNear(image, person.name)) continue;
    found.push({ ...person, node: image });
    // A team is a few dozen people: a page of thousands of named images is a gallery, read no further.
    if (found.length > maxPortraits) return [];
  }
  // One portrait named so is an illustration; a grid of them, on a team page or under a team heading, is the team.
  if (found.length < 2 || !(isTeamPage(doc, url) || underTeamHeading(found.map((one) => one.node)))) return [];
  return found.flatMap(({ name, role, node }) =>
    isOutsideTeam(node, role, url) ? [] : [{ name, role, source: "team-card" as const }],
  );
}

const maxPortraits = 200;

// "Lena Hoffmann, Geschäftsführerin", "Lena Hoffmann – CEO", "Lena Hoffmann | Head of Sales".
const nameThenRole = /^(.+?)\s*(?:,|[-–—|:])\s+(.+)$/;

/** The name and role an alt text gives, or its name alone with the role on the card beside the image. */
function altPerson(alt: string, image: Element, url?: string): { name: string; role: string } | undefined {
  if (isPersonName(alt)) {
    const near = roleNear(image);
    return near && !near.tentative && isRole(near.text) ? { name: alt, role: near.text } : undefined;
  }
  const [, name = "", rest = ""] = nameThenRole.exec(alt) ?? [];
  const role = withoutCompany(rest, url);
  return isPersonName(name) && isRole(role) && !isPersonName(role) ? { name, role } : undefined;
}

/** Whether the few small boxes around the image show the name as text: a card read by its text. */
function shownNear(image: Element, name: string): boolean {
  let box = image.parentElement;
  for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
    const text = shortText(box, 600);
    if (text === undefined) return false;
    if (text.includes(name)) return true;
  }
  return false;
}
