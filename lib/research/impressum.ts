import { findAddresses, findEmail, findPhone } from "./contact";
import { directors } from "./impressum-people";
import { findVatId, legalEntity, registerCourt, registerNumber, vatId } from "./legal";
import { clean, textLines } from "./text";
import type { Impressum } from "./types";

export { splitNames } from "./impressum-people";

/** Impressum / imprint reading: only what the page states, never a guess. */

const impressumHeading =
  /^(impressum|imprint|legal notice|site notice|angaben gemäß|information according to|offenlegung)/i;

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

// A number the page's source wraps after its prefix ("… HRB" / "78675", "+49" / "(0)40 …").
const brokenNumber = /(?:\b(?:H\s?R\s?[AB]|FN|GnR|PR|VR)|\+\d{1,3})$/;

/** "Telefon:" on one line and the number on the next become one line; so do a number's two halves. */
export function joinLabels(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const next = lines[index + 1];
    const label = line.endsWith(":") && line.length <= 80 && next && !next.endsWith(":");
    if (label || (next && brokenNumber.test(line) && /^[\d(]/.test(next))) {
      out.push(`${line} ${next}`);
      index++;
    } else out.push(line);
  }
  return out;
}

// Credits name the agency, host or photographer, not the company ("Webdesign: Studio Kranich GmbH"); so do
// the insurer and the bank ("Berufshaftpflichtversicherung: Alpina Versicherung AG").
const credit =
  /\b(?:konzeption|gestaltung|design|webdesign|umsetzung|realisierung|programmierung|hosting|fotos?|fotografie|bildnachweis|bildquellen|bildrechte|grafik|layout|photos?|images?|development|built|made|created|powered|realised|realized|realisiert|erstellt|entwickelt|gestaltet|\p{L}*versicherung|versicherer|insurer|insurance|bank(?:verbindung)?|kreditinstitut|host(?:ed|er)?|gehostet)\b(?:[^:]{0,30}:|\s+(?:by|von|durch)\b)/iu;

// A line naming the company outright ("Firmenname: …", "Firmenwortlaut: …") beats one that merely holds a legal form.
const nameLabel =
  /^(?:firmenname|firmenwortlaut|firma|name der gesellschaft|unternehmen|company(?: name)?|legal name)\s*:/i;

/** The company: a labelled name first, then a line that is only a name with a legal form, then any such name. */
function firstEntity(lines: readonly string[]): { name: string; form: string } | undefined {
  const candidates = lines.slice(0, 200).map((line) => (credit.test(line) ? undefined : legalEntity(line)));
  return (
    candidates.find((entity, index) => entity && nameLabel.test(lines[index] ?? "")) ??
    candidates.find((entity, index) => entity && entity.name === lines[index]) ??
    candidates.find(Boolean)
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
