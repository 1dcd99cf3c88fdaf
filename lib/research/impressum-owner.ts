import { credit } from "./impressum-credit";
import { directors } from "./impressum-people";
import { legalEntity, registerNumber, vatId } from "./legal";

/**
 * A notice may name more than one company: the site's owner and its web agency, host or a sister company, each with
 * directors, register and VAT id of its own. Only the owner's part of the notice counts for those.
 */

// The general partner of a GmbH & Co. KG is another company, but its directors are the partnership's.
export const generalPartner =
  /^(?:die\s+)?(?:komplement(?:ä|ae)r(?:in)?|persönlich haftende[rn]?\s+gesellschafter(?:in)?|general partner)\b|\((?:komplement(?:ä|ae)r|persönlich haftende)/i;

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
