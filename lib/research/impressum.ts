import { findAddresses, findEmail, findPhone } from "./contact";
import { findVatId, legalEntity, registerCourt, registerNumber, vatId } from "./legal";
import { isPersonName, stripRole } from "./names";
import { clean, textLines } from "./text";
import type { Impressum } from "./types";

/** Impressum / imprint reading: only what the page states, never a guess. */

const impressumHeading =
  /^(impressum|imprint|legal notice|site notice|angaben gemäß|information according to|offenlegung)/i;
const directorLabel =
  /^(?:.*?\b)?(geschäftsführ(?:er|erin|ung|ende[rn]?\s+gesellschafter(?:in|innen)?|er\s*\/\s*in)|geschäftsleitung|(?:executive|management)\s+board|board\s+of\s+management|management|vertretungsberechtigte[rn]?\s+geschäftsführer(?:in)?|vertreten\s+durch|vorstand(?:svorsitzende[r]?)?|vorstände|inhaber(?:in)?|managing\s+directors?|managing\s+partners?|represented\s+by|directors?|ceo(?=\s*:))\b(?:\s*\(.*?\))?\s*:?\s*(.*)$/i;

/** Reads an Impressum from `root`: by default the page's `<main>` when it holds the legal text, else the body. */
export function extractImpressum(doc: Document, root = impressumRoot(doc)): Impressum | undefined {
  if (!root) return undefined;
  const lines = joinLabels(textLines(root));
  // Start at the "Impressum" heading, unless it is a footer link after the legal text.
  const heading = lines.findIndex((line) => impressumHeading.test(line));
  const start = heading >= 0 && lines.slice(heading).some(hasLegalDetail) ? heading : 0;
  const body = lines.slice(start);
  const entity = firstEntity(body) ?? firstEntity(lines);
  const registerLine = body.findIndex((line) => registerNumber(line) !== undefined);
  const result: Impressum = {
    legalName: entity?.name,
    legalForm: entity?.form,
    managingDirectors: directors(body),
    registerNumber: registerLine >= 0 ? registerNumber(body[registerLine] ?? "") : undefined,
    registerCourt: court(body, registerLine),
    vatId: findVatId(body),
    address: findAddresses(body)[0],
    phone: findPhone(body),
    email: findEmail(root, body),
  };
  return hasContent(result) ? result : undefined;
}

/** True when the page presents itself as an Impressum: other pages name directors only in passing. */
export function looksLikeImpressum(doc: Document): boolean {
  const headings = Array.from(doc.querySelectorAll("title, h1, h2, h3, [role=heading]"));
  return headings.some((heading) => {
    const text = clean(heading.textContent);
    return impressumHeading.test(text) || /[|–-]\s*(impressum|imprint)\b/i.test(text);
  });
}

function impressumRoot(doc: Document): Element | undefined {
  const main = doc.querySelector("main");
  // Some sites keep `<main>` for a hero and put the legal text beside it.
  const holdsLegalText = main && textLines(main).some((line) => registerNumber(line) || legalEntity(line));
  return holdsLegalText ? main : (doc.body ?? undefined);
}

/** A page footer that states the register or VAT id is a small Impressum of its own. */
export function footerImpressum(doc: Document): Impressum | undefined {
  const footers = Array.from(doc.querySelectorAll("footer, [role=contentinfo]"));
  const footer = footers[footers.length - 1];
  // Only a register number or VAT id makes a footer one: most footers have neither, and say so quickly.
  const lines = footer ? joinLabels(textLines(footer)) : [];
  if (!lines.some((line) => registerNumber(line) !== undefined || vatId(line) !== undefined)) return undefined;
  const found = footer ? extractImpressum(doc, footer) : undefined;
  return found?.registerNumber || found?.vatId ? found : undefined;
}

/** "Telefon:" on one line and the number on the next become one line. */
export function joinLabels(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const next = lines[index + 1];
    if (line.endsWith(":") && line.length <= 80 && next && !next.endsWith(":")) {
      out.push(`${line} ${next}`);
      index++;
    } else out.push(line);
  }
  return out;
}

// Credits name the agency, host or photographer, not the company ("Webdesign: Studio Kranich GmbH").
const credit =
  /\b(?:konzeption|gestaltung|design|webdesign|umsetzung|realisierung|programmierung|hosting|fotos?|fotografie|bildnachweis|bildquellen|bildrechte|grafik|layout|photos?|images?|development|built|made|created|powered|realised|realized|realisiert|erstellt|entwickelt|gestaltet)\b(?:[^:]{0,30}:|\s+(?:by|von|durch)\b)/i;

/** The first line that is a company name with a legal form, preferring short lines that are only that. */
function firstEntity(lines: readonly string[]): { name: string; form: string } | undefined {
  const candidates = lines.slice(0, 200).map((line) => (credit.test(line) ? undefined : legalEntity(line)));
  return candidates.find((entity, index) => entity && entity.name === lines[index]) ?? candidates.find(Boolean);
}

// A director list runs on over lines that hold nothing but names; this many at most.
const maxListLines = 12;

function directors(lines: readonly string[]): string[] {
  const names: string[] = [];
  for (const [index, line] of lines.entries()) {
    const match = directorLabel.exec(line);
    if (!match || line.length > 300) continue;
    // The names follow the label on its line, or stand on the lines after it, one or more a line.
    const value = clean(match[2]);
    const found = value ? splitNames(value).filter(isPersonName) : [];
    // A label with names after it, or a short line that is only a label ("Vertreten durch"), not a sentence ending in one.
    if ((value && found.length === 0) || (!value && line.length > 80)) continue;
    let next = index + 1;
    // Under a heading the company may be named first, on a line of its own.
    if (!value && isEntityLine(lines[next] ?? "")) next++;
    for (const following of lines.slice(next, next + maxListLines)) {
      const more = namesOnly(following);
      if (!more) break;
      found.push(...more);
    }
    names.push(...found);
  }
  return [...new Set(names)];
}

function isEntityLine(line: string): boolean {
  return legalEntity(line)?.name === line;
}

/** The names of a line that holds nothing else ("Jana Petersen (CEO)", "- Tom Berg"), else undefined. */
function namesOnly(line: string): string[] | undefined {
  const parts = splitNames(line);
  return parts.length > 0 && parts.every(isPersonName) ? parts : undefined;
}

/** "A, B und C" / "A and B" / "A & B" → names, with leading articles, salutations and roles removed. */
export function splitNames(value: string): string[] {
  return (
    value
      // Roles in brackets may hold commas of their own: "(Vorsitzender der Geschäftsführung, CEO)".
      .replace(/\([^()]*\)/g, " ")
      .replace(/^\s*[-–•*·]\s+/, "")
      .split(/\s*(?:,|;|\/|\bund\b|\band\b|&|\bsowie\b)\s*/)
      .map((part) =>
        stripRole(
          // stripRole also drops a salutation ("Herr") before the name.
          part.replace(
            /^(?:durch\s+)?(?:die|den|der|the)?\s*(?:geschäftsführer(?:in|innen)?|vorstand|managing directors?)?\s*:?\s*/i,
            "",
          ),
        ),
      )
      .filter(Boolean)
  );
}

function court(lines: readonly string[], registerLine: number): string | undefined {
  if (registerLine < 0) return lines.map(registerCourt).find(Boolean);
  // The court is usually on the register line, sometimes on a line just before or after it,
  // or under a heading of its own ("Firmenbuchgericht" / "Handelsgericht Wien").
  for (const offset of [0, -1, 1, -2, 2]) {
    const found = registerCourt(lines[registerLine + offset] ?? "");
    if (found) return found;
  }
  return undefined;
}

function hasLegalDetail(line: string): boolean {
  return Boolean(registerNumber(line) || vatId(line) || legalEntity(line));
}

function hasContent(result: Impressum): boolean {
  return Boolean(
    result.legalName || result.registerNumber || result.vatId || result.managingDirectors.length || result.address,
  );
}
