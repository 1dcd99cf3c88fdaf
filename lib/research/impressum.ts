import { findAddresses, findEmail, findPhone } from "./contact";
import { credit } from "./impressum-credit";
import { generalPartner, ownerPart, providerNames } from "./impressum-owner";
import { directors } from "./impressum-people";
import { findVatId, legalEntity, registerCourt, registerKind, registerNumber, vatId } from "./legal";
import { clean, textLines } from "./text";
import type { Impressum } from "./types";
import { parseUrl } from "./url";

export { splitNames } from "./impressum-people";

/** Impressum / imprint reading: only what the page states, never a guess. */

const impressumHeading =
  /^(impressum|imprint|legal notice|site notice|angaben gemäß|information according to|offenlegung)/i;

/**
 * Reads an Impressum from `root`: by default the page's `<main>` when it holds the legal text, else the body.
 * `url` is the page's address (a parsed document's own address is the parser's page, not the site).
 */
export function extractImpressum(doc: Document, url = "", root = impressumRoot(doc)): Impressum | undefined {
  if (!root) return undefined;
  const lines = joinLabels(textLines(root));
  // Start at the "Impressum" heading, unless it is a footer link after the legal text.
  const heading = lines.findIndex((line) => impressumHeading.test(line));
  const start = heading >= 0 && lines.slice(heading).some(hasLegalDetail) ? heading : 0;
  const body = lines.slice(start);
  const host = hostOf(url);
  const entity = firstEntity(body, host) ?? firstEntity(lines, host);
  const own = ownerPart(body, entity?.name);
  const register = findRegister(own, entity?.form);
  const registerLine = register?.line ?? -1;
  const named = directors(own);
  const result: Impressum = {
    legalName: entity?.name,
    legalForm: entity?.form,
    // Without a company the provider a notice names is its owner: a sole trader, a practice's doctor.
    managingDirectors: named.length || entity ? named : providerNames(own),
    registerNumber: register ? withKind(register.number, entity?.form, body) : undefined,
    registerCourt: court(own, registerLine, entity?.name),
    vatId: findVatId(own),
    // A contact page may give the address above its "Impressum" heading and only the legal details under it.
    address: findAddresses(body)[0] ?? findAddresses(lines)[0],
    phone: findPhone(body) ?? findPhone(lines),
    email: findEmail(root, body),
  };
  return hasContent(result) ? result : undefined;
}

/** True when the page presents itself as an Impressum: other pages name directors only in passing. */
export function looksLikeImpressum(doc: Document): boolean {
  const headings = Array.from(doc.querySelectorAll("title, h1, h2, h3, [role=heading]"));
  return headings.some((heading) => {
    const text = clean(heading.textContent);
    if (impressumHeading.test(text) || /[|–-]\s*(impressum|imprint)\b/i.test(text)) return true;
    // "Legal Info" titles the notice only as the page's own title: in a footer it heads a column of links.
    return (heading.localName === "title" || heading.localName === "h1") && legalInfoTitle.test(text);
  });
}

const legalInfoTitle = /^(?:legal[ -]info(?:rmation)?|rechtliche (?:angaben|informationen))\b/i;

function impressumRoot(doc: Document): Element | undefined {
  const main = doc.querySelector("main");
  // Some sites keep `<main>` for a hero and put the legal text beside it.
  const holdsLegalText = main && textLines(main).some((line) => registerNumber(line) || legalEntity(line));
  return holdsLegalText ? main : (doc.body ?? undefined);
}

/** A page footer that states the register or VAT id is a small Impressum of its own; so is an Impressum dialog. */
export function footerImpressum(doc: Document, url = ""): Impressum | undefined {
  const footers = Array.from(doc.querySelectorAll("footer, [role=contentinfo]"));
  return (
    boxImpressum(doc, url, footers[footers.length - 1]) ??
    boxImpressum(doc, url, impressumDialog(doc)) ??
    namedImpressum(doc, url)
  );
}

// Blocks named for the Impressum ("popup-impressum", class "imprint"); links and inline labels that open one are not.
const namedBlocks = '[id*="impressum" i], [class*="impressum" i], [id*="imprint" i], [class*="imprint" i]';
const inlineTags = new Set(["a", "span", "button", "li", "label", "strong", "b"]);

/** A popup or hidden block named for the Impressum, which some one-page sites open from a header link. */
function namedImpressum(doc: Document, url: string): Impressum | undefined {
  // The outermost block holds the whole notice; one inside it would be read again. In document order a block
  // inside another comes right after it or after other blocks inside it: one look back tells.
  const outer: Element[] = [];
  for (const block of Array.from(doc.querySelectorAll(namedBlocks))) {
    if (inlineTags.has(block.localName) || outer.at(-1)?.contains(block)) continue;
    outer.push(block);
    const found = boxImpressum(doc, url, block);
    if (found || outer.length === 3) return found;
  }
  return undefined;
}

// Dialogs, and the overlays a script lays over the page without a dialog's role ("fixed inset-0").
const dialogSelector = 'dialog, [role=dialog], .modal, [class~="fixed"][class~="inset-0"]';

/** One-page sites keep the Impressum in a dialog (a modal) titled so, beside the home page's content. */
function impressumDialog(doc: Document): Element | undefined {
  const dialogs = Array.from(doc.querySelectorAll(dialogSelector)).slice(0, 20);
  return dialogs.find((dialog) => {
    const title = dialog.querySelector("h1, h2, h3, h4, h5, h6, header, .modal-title");
    // An overlay's title may be a plain span: its first text names it.
    return impressumHeading.test(clean(title?.textContent) || firstText(dialog));
  });
}

/** The first words of an element, found without reading the rest of it. */
function firstText(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(), seen = 0; node && seen < 40; node = walker.nextNode(), seen++) {
    const text = clean(node.textContent);
    if (text) return text;
  }
  return "";
}

function boxImpressum(doc: Document, url: string, box: Element | undefined): Impressum | undefined {
  // Only a register number or VAT id makes a box one: most footers have neither, and say so quickly.
  const lines = box ? joinLabels(textLines(box)) : [];
  if (!lines.some((line) => registerNumber(line) !== undefined || vatId(line) !== undefined)) return undefined;
  const found = box ? extractImpressum(doc, url, box) : undefined;
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

const creditHeading = /^(?:(?:web)?hosting|hoster|webdesign|design|umsetzung|bildnachweis|bildquellen|fotos|credits)$/i;

// A line naming the company outright ("Firmenname: …", "Firmenwortlaut: …") beats one that merely holds a legal form.
const nameLabel =
  /^(?:firmenname|firmenwortlaut|firma|name der gesellschaft|unternehmen|company(?: name)?|legal name)\s*:/i;

/** The company: a labelled name first, then a line that is only a name with a legal form, then any such name. */
function firstEntity(lines: readonly string[], host = ""): { name: string; form: string } | undefined {
  const candidates = lines.slice(0, 200).map((line, index) => {
    if (generalPartner.test(line)) return undefined;
    const entity = legalEntity(line);
    // A credit names an agency, unless it names the site's own company ("Gestaltung: Nordlicht GmbH" on nordlicht.de);
    // so does the text under a credit's heading ("Hosting" / "Diese Website wird betrieben von …").
    const credited = credit.test(line) || creditHeading.test(lines[index - 1] ?? "");
    return entity && credited && !isOwnName(entity.name, host) ? undefined : entity;
  });
  return (
    candidates.find((entity, index) => entity && nameLabel.test(lines[index] ?? "")) ??
    lines.slice(0, 200).map(smallFormEntity).find(Boolean) ??
    // A notice of sister companies: the one the site's address names is the owner.
    candidates.find((entity, index) => entity && entity.name === lines[index] && isOwnName(entity.name, host)) ??
    candidates.find((entity, index) => entity && entity.name === lines[index]) ??
    candidates.find(Boolean)
  );
}

// A brand written in small letters, its legal form too: "Firma: kranich partner ag".
const smallForm = /\s(ag|gmbh|sa|sàrl|sagl|kg|se)$/;

/** A labelled company name written in small letters ("Firma: kranich partner ag"), which legal forms never match. */
function smallFormEntity(line: string): { name: string; form: string } | undefined {
  if (!nameLabel.test(line) || line.length > 80) return undefined;
  const name = line.replace(nameLabel, "").trim();
  const form = smallForm.exec(name)?.[1];
  return form && /^[\p{Ll}\d]/u.test(name) ? { name, form: form === "gmbh" ? "GmbH" : form.toUpperCase() } : undefined;
}

/** The page's host name without "www.", or "" without an address. */
function hostOf(url: string): string {
  return (
    parseUrl(url)
      ?.hostname.replace(/^www\./, "")
      .toLowerCase() ?? ""
  );
}

/** True when the name's first word (of 4 letters or more) starts the host: "Nordlicht GmbH" on nordlicht-digital.de. */
function isOwnName(name: string, host: string): boolean {
  const word = /^[\p{L}\d]{4,}/u.exec(name)?.[0]?.toLowerCase();
  return Boolean(word && host.startsWith(word));
}

// A label line naming the register, with the number on the line below it (a heading, a definition list's term).
const registerLabel = /regist|firmenbuch/i;

/**
 * The register number and its line: one stated on a line, else one on the line under a register label. A GmbH & Co.
 * KG's notice also gives its general partner's number: the one of the kind the company's form is entered in counts.
 */
function findRegister(lines: readonly string[], form = ""): { line: number; number: string } | undefined {
  const kind = registerKind(form);
  let first: { line: number; number: string } | undefined;
  for (const [index, line] of lines.entries()) {
    const number = registerNumber(line);
    if (!number) continue;
    first ??= { line: index, number };
    if (!kind || number.startsWith(kind)) return swissUid(lines, index, number);
  }
  if (first) return swissUid(lines, first.line, first.number);
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1] ?? "";
    if (line.length > 60 || /\d/.test(line) || !registerLabel.test(line) || !/^[A-Z]{0,4}[\s-]?\d/.test(next)) continue;
    const number = registerNumber(`${line}: ${next}`);
    if (number) return { line: index + 1, number };
  }
  return undefined;
}

/**
 * A Swiss notice may give the register's old number ("CH-020.1.074.206-8") beside the company's UID
 * ("CHE-123.456.789"), which replaced it: the UID counts.
 */
function swissUid(lines: readonly string[], line: number, number: string): { line: number; number: string } {
  if (!number.startsWith("CH-")) return { line, number };
  for (let index = Math.max(0, line - 4); index < Math.min(lines.length, line + 5); index++) {
    const uid = registerNumber(lines[index] ?? "");
    if (uid?.startsWith("CHE-")) return { line: index, number: uid };
  }
  return { line, number };
}

// Austria's company register, its courts and VAT ids: a bare number in such a notice is a Firmenbuch number.
const austrianRegister =
  /\bFirmenbuch|\bFN\s?\d|\bATU\s?\d{8}\b|\bHandelsgericht Wien\b|\bLandesgericht(?:\s+für ZRS)?\s+\p{Lu}/u;

/**
 * A bare register number gets the kind its company's legal form is registered under ("13928" of a GmbH → "HRB
 * 13928"); in an Austrian notice, or with a check letter ("123456 a"), it is a Firmenbuch number.
 */
function withKind(number: string | undefined, form: string | undefined, lines: readonly string[]): string | undefined {
  if (!number || !/^\d+(?: [a-z])?$/.test(number)) return number;
  if (/[a-z]$/.test(number) || lines.some((line) => austrianRegister.test(line))) return `FN ${number}`;
  const kind = form ? registerKind(form) : undefined;
  return kind ? `${kind} ${number}` : number;
}

function court(lines: readonly string[], registerLine: number, name = ""): string | undefined {
  if (registerLine < 0) return lines.map(registerCourt).find(Boolean);
  // The court is usually on the register line, sometimes on a line just before or after it,
  // or under a heading of its own ("Firmenbuchgericht" / "Handelsgericht Wien").
  for (const offset of [0, -1, 1, -2, 2]) {
    const found = courtOnLine(lines, registerLine + offset);
    if (found) return found;
  }
  // Further away only within the notice's block: a credit or another company's name or number ends it.
  const number = registerNumber(lines[registerLine] ?? "") ?? "";
  for (const step of [-1, 1]) {
    for (let at = registerLine + step; Math.abs(at - registerLine) <= 6 && at >= 0 && at < lines.length; at += step) {
      if (otherCompany(lines[at] ?? "", number, name)) break;
      const found = Math.abs(at - registerLine) > 2 ? courtOnLine(lines, at) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

/** A line of another company: a credit, a register number of another kind, a company of another name. */
function otherCompany(line: string, number: string, name: string): boolean {
  if (credit.test(line)) return true;
  const other = registerNumber(line);
  // A Swiss notice gives the old register number beside the UID.
  if (other && other !== number && !(other.startsWith("CH") && number.startsWith("CH"))) return true;
  const entity = legalEntity(line);
  return Boolean(entity && name && entity.name !== name);
}

// A label that is the whole line, its value on the next one: "Firmenbuchgericht" over "Wien" (a definition list).
const courtLabel = /^(?:Firmenbuch-?\s?[Gg]ericht|Registergericht|Handelsregister(?:amt)?)$/;

function courtOnLine(lines: readonly string[], index: number): string | undefined {
  const line = lines[index] ?? "";
  const next = lines[index + 1] ?? "";
  return registerCourt(courtLabel.test(line) && next.length <= 60 ? `${line}: ${next}` : line);
}

function hasLegalDetail(line: string): boolean {
  return Boolean(registerNumber(line) || vatId(line) || legalEntity(line));
}

function hasContent(result: Impressum): boolean {
  return Boolean(
    result.legalName || result.registerNumber || result.vatId || result.managingDirectors.length || result.address,
  );
}
