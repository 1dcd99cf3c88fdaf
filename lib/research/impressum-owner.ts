import { credit } from "./impressum-credit";
import { directors, namesOnly } from "./impressum-people";
import { legalEntity, registerNumber, vatId } from "./legal";

/**
 * A notice may name more than one company: the site's owner and its web agency, host or a sister company, each with
 * directors, register and VAT id of its own. Only the owner's part of the notice counts for those.
 */

// The general partner of a GmbH & Co. KG is another company, but its directors are the partnership's. Its label is
// sometimes shortened ("Pers. haftende Gesellschafterin").
export const generalPartner =
  /^(?:die\s+)?(?:komplement(?:ä|ae)r(?:in)?|(?:persönlich|pers\.)\s*haftende[rn]?\s+gesellschafter(?:in)?|general partner)\b|\((?:komplement(?:ä|ae)r|(?:persönlich|pers\.)\s*haftende)/i;

const maxLines = 400;

/** The lines of the owner's part: from its name (after another company's part) to the next company named after it. */
export function ownerPart(lines: readonly string[], owner: string | undefined): readonly string[] {
  const at = owner ? lines.findIndex((line) => line.includes(owner)) : -1;
  if (!owner || at < 0) return lines;
  let start = 0;
  let end = lines.length;
  // A notice names its companies near its start; the privacy text after it names processors, not sisters.
  for (let index = 0; index < Math.min(lines.length, maxLines); index++) {
    if (index === at || !startsOtherCompany(lines, index, owner, at)) continue;
    // The lines between another company and the owner's name are the other company's.
    if (index < at) start = at;
    else {
      end = index;
      break;
    }
  }
  if (start === 0 && end === lines.length) return lines;
  const part = lines.slice(start, end);
  // A part without a detail of its own is not the whole notice of a company: read the notice as one.
  return hasDetail(part) ? part : lines;
}

/**
 * True when a line starts another company's block: its name alone on the line or before its address, or a credit
 * naming it ("Umsetzung: Studio Kranich GmbH"). A company sharing the owner's first word may be the owner written
 * otherwise: it counts only as a sister company, alone on its line with a register number or VAT id of its own.
 */
function startsOtherCompany(lines: readonly string[], index: number, owner: string, at: number): boolean {
  const line = lines[index] ?? "";
  if (line.length > 120 || generalPartner.test(line) || generalPartner.test(lines[index - 1] ?? "")) return false;
  const entity = legalEntity(line);
  if (!entity || entity.name === owner) return false;
  if (firstWord(entity.name) === firstWord(owner)) {
    return (
      entity.name === line && index > at && hasOtherNumber(lines.slice(index + 1, index + 16), lines.slice(at, index))
    );
  }
  return entity.name === line || line.startsWith(`${entity.name},`) || credit.test(line);
}

/** True when some lines state a register number or VAT id that the owner's lines do not. */
function hasOtherNumber(block: readonly string[], own: readonly string[]): boolean {
  const numbers = (lines: readonly string[]) =>
    lines.flatMap((line) => [registerNumber(line), vatId(line)]).filter((number) => number !== undefined);
  const owned = new Set(numbers(own));
  return owned.size > 0 && numbers(block).some((number) => !owned.has(number));
}

function firstWord(name: string): string {
  return /^[\p{L}\d]+/u.exec(name)?.[0]?.toLowerCase() ?? name;
}

function hasDetail(lines: readonly string[]): boolean {
  return lines.some((line) => registerNumber(line) || vatId(line)) || directors(lines).length > 0;
}

// The provider's label in a notice without a company (a sole trader, a practice, a freelancer): "Diensteanbieter:",
// "Webseitenbetreiber:", "Medieninhaber:" (Austria), "Verantwortlich für den Inhalt (nach § 18 MStV):", "Angaben
// gemäß § 5 TMG:", with the legal reference after it left out.
const providerLabel = new RegExp(
  `^(?:${[
    "(?:dienste)?anbieter(?:in)?(?:\\s*\\/\\s*(?:dienste)?anbieter(?:in)?)?",
    "angaben\\s+zum\\s+(?:dienste)?anbieter",
    "web(?:seiten|site)-?betreiber(?:in)?",
    "betreiber(?:in)?\\s+(?:der|dieser)\\s+(?:website|webseite|seite|homepage)",
    "medieninhaber(?:in)?(?:\\s+und\\s+herausgeber(?:in)?)?",
    "(?:inhaltlich\\s+|redaktionell\\s+)?verantwortlich(?:e[rn]?)?(?:\\s+person)?(?:\\s+für\\s+(?:den\\s+|die\\s+)?(?:journalistisch-redaktionellen?\\s+)?inhalte?(?:\\s+und\\s+gestaltung)?)?(?:\\s+(?:dieser|der)\\s+(?:website|webseite|seite|homepage))?",
    "angaben\\s+gem(?:äß|äss|ass|\\.)\\s*§\\s*5\\s+(?:tmg|ddg|ecg)\\b",
    // The notice's own heading alone on its line: a sole trader's name may follow it with no label of its own.
    "(?:impressum|imprint)(?=\\s*:?\\s*$)",
  ].join("|")})(?:\\s+(?:nach|gem(?:äß|äss|\\.)|laut|i\\.\\s?S\\.\\s?d\\.|im\\s+sinne)\\b[^:]{0,50})?\\s*:?\\s*(.*)$`,
  "iu",
);
const privacyHeading = /^(?:\d+\.\s*)?(?:datenschutz|privacy)/i;
// Under a label the name comes first; the address after it ends the search.
const maxProviderLines = 3;

/**
 * The person a notice without a company names as its provider: on the label's line ("Diensteanbieter: Lena Kranz,
 * Seeweg 3") or on a line of its own under it, before the address. Nothing is made of a brand or a practice's name.
 */
export function providerNames(lines: readonly string[]): string[] {
  for (const [index, line] of lines.slice(0, maxLines).entries()) {
    // The privacy text after the notice names the providers of services the site uses ("Anbieter: Wolkenblick …").
    if (line.length <= 40 && privacyHeading.test(line)) break;
    const value = line.length <= 200 ? providerLabel.exec(line)?.[1] : undefined;
    if (value === undefined) continue;
    const inline = value.trim() ? personNames(value.split(/\s*,\s*|\s+(?=\d)/)[0] ?? "") : undefined;
    const found = value.trim() ? inline : namesUnder(lines, index + 1);
    if (found?.length && found.length <= 2) return found;
  }
  return [];
}

/**
 * The names under a label, before a line with a figure (the address or a phone number): the last such line, as a
 * brand may stand above its owner ("Malerbetrieb Kranz" / "Lena Kranz" / "Seeweg 3").
 */
function namesUnder(lines: readonly string[], start: number): string[] | undefined {
  let found: string[] | undefined;
  for (const line of lines.slice(start, start + maxProviderLines)) {
    if (/\d/.test(line)) break;
    found = personNames(line) ?? found;
  }
  return found;
}

// A trade or a place in a name's word makes it a business's name ("Holzwerkstatt Lindner", "Praxis Kranz").
const businessWord =
  /(?:praxis|physiotherapie|betrieb|werkstatt|service|technik|bau|media|medien|design|kanzlei|agentur|büro|atelier|shop|handel|verlag|beratung|therapie|pflege|salon|zentrum|schule|haus|hof|fotografie|manufaktur|laden|markt|werk)$/i;

// A practice or workshop named after its owner: "Praxis Dr. Lena Kranz", "Zahnarztpraxis Dr. Tom Berg".
const ownersBusiness = /^[\p{L}-]+\s+(?=(?:Dr\.|Prof\.|\p{Lu}\p{Ll}+\s+\p{Lu}))/u;

function personNames(text: string): string[] | undefined {
  const business = ownersBusiness.exec(text)?.[0].trim() ?? "";
  const names = namesOnly(businessWord.test(business) ? text.slice(business.length).trim() : text);
  return names?.every((name) => !name.split(/\s+/).some((word) => businessWord.test(word))) ? names : undefined;
}
