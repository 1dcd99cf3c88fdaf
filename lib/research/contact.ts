import { foreignInlineAddress, foreignTwoLineAddress } from "./facts-address";
import { legalFormPattern } from "./legal";
import { clean } from "./text";

/** Addresses, phone numbers and e-mail addresses in lines of page text. */

// A capitalised name ending in a house number (and maybe the comma before a line break); the postcode
// line after it makes it an address.
const street = /^[A-ZÄÖÜ][^,:;@|]{1,50}?\s\d{1,4}\s?[a-z]?(?:\s?[-–/]\s?\d{1,4}[a-z]?)?,?$/;
// The country may follow the city on its line: "8427 Freienstein, Schweiz", "3073 Gümligen · Schweiz".
const postcodeCity =
  /^(?:(?:D|A|CH|DE|AT)-?\s?)?\d{4,5}\s+[A-ZÄÖÜ][\wäöüß.\- ()/]{1,40}?(?:\s*[,·•|]\s*[A-ZÄÖÜ][\wäöüß]+)?$/;
const inline =
  /([A-ZÄÖÜ][\wäöüß.'\- ]{2,50}?\s\d{1,4}\s?[a-z]?(?:\s?[-–]\s?\d{1,4}[a-z]?)?)\s*[,|·•–]\s*((?:(?:D|A|CH)-)?\d{4,5}\s+[A-ZÄÖÜ][\wäöüß.-]+(?:\s(?![A-ZÄÖÜ][\wäöüß.-]+:)[A-ZÄÖÜ][\wäöüß.-]+)?)/;
const countries = /^(deutschland|germany|österreich|oesterreich|austria|schweiz|switzerland|suisse|liechtenstein)$/i;

/** Postal addresses: "street no" + "postcode city" on one line or two, with a country line after. */
export function findAddresses(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const [index, line] of lines.entries()) {
    // Both forms start with a line holding a house number.
    if (!/\d/.test(line)) continue;
    const next = lines[index + 1] ?? "";
    if (street.test(line) && postcodeCity.test(next)) {
      const country = countries.test(lines[index + 2] ?? "") ? `, ${lines[index + 2]}` : "";
      found.push(`${withoutCompany(line.replace(/,$/, ""))}, ${next.replace(/\s*[·•|]\s*/, ", ")}${country}`);
      continue;
    }
    const match = inline.exec(line);
    if (match?.[1] && match[2]) found.push(`${inlineStreet(clean(match[1]))}, ${withoutGluedText(clean(match[2]))}`);
    else {
      const foreign = foreignTwoLineAddress(line, next) ?? foreignInlineAddress(line);
      if (foreign) found.push(foreign);
    }
  }
  return [...new Set(found)];
}

/**
 * The addresses of the footer and `<address>` blocks read one text node a line: a footer may set
 * "Hafenweg 2" and "20457 Hamburg" as sibling spans that the page's text runs into one line.
 */
export function blockAddresses(doc: Document): string[] {
  const found: string[] = [];
  for (const block of Array.from(doc.querySelectorAll("footer, address")).slice(0, 4)) {
    // Most footers hold no postcode at all: one search of the block's text rules it out.
    if (!/\d{4}/.test(block.textContent ?? "")) continue;
    found.push(...findAddresses(textNodeLines(block)));
  }
  return [...new Set(found)];
}

function textNodeLines(block: Element): string[] {
  const lines: string[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && lines.length < 200; node = walker.nextNode()) {
    const line = clean(node.nodeValue ?? "");
    if (line) lines.push(line);
  }
  return lines;
}

/** "Kranwerk GmbH Hafenweg 2" → "Hafenweg 2": a page's source may put the company and its street on one line. */
function withoutCompany(line: string): string {
  const form = legalFormPattern.exec(line);
  if (!form) return line;
  const rest = line.slice(form.index + form[0].length).trim();
  return /^[A-ZÄÖÜ]/.test(rest) && street.test(rest) ? rest : line;
}

// A street name's usual endings: "Bauernmarkt 10", "Hafenweg 2", "Lange Gasse 7".
const streetWord =
  /(?:^|\s)(\S*(?:stra(?:ß|ss)e|str\.|gasse|weg|platz|allee|ring|markt|damm|ufer|steig|graben|zeile|kai|hof|berg|feld|park)\s\d.*)$/i;

/** "20457 HamburgAm Telefon" → "20457 Hamburg": the next element's text run on without a space. */
function withoutGluedText(place: string): string {
  return place.replace(/(\p{Ll})\p{Lu}.*$/u, "$1");
}

/** "Kranwerk GmbH Haus Nord Hafenweg 2" → "Hafenweg 2": on a line that runs on, the company and a building name go. */
function inlineStreet(text: string): string {
  const form = legalFormPattern.exec(text);
  if (!form) return text;
  const rest = text.slice(form.index + form[0].length).trim();
  return streetWord.exec(rest)?.[1] ?? (/^[A-ZÄÖÜ]/.test(rest) ? rest : text);
}

/**
 * The city of an address line ("20095 Hamburg" → "Hamburg", "1012 AB Amsterdam" → "Amsterdam",
 * "20121 Milano MI" → "Milano"): a second word is part of the city only in lower case ("Bad Homburg").
 */
export function cityOf(address: string): string | undefined {
  return /\d{4,5}(?:\s?[A-Z]{2}(?=\s))?\s+([A-ZÄÖÜÀ-Ý][\wäöüßà-ÿ.'’-]+(?:\s[A-ZÄÖÜÀ-Ý][a-zäöüßà-ÿ][\wäöüßà-ÿ.-]*)?)/.exec(
    address,
  )?.[1];
}

const phonePattern = /\b(?:tel(?:efon)?|phone|fon|telephone|mobil|t)\.?\s*:?\s*(\+?[\d(][\d\s()/.–-]{5,24}\d)/i;

// A label alone on its line, its number on the next: a definition list or a two-column row ("Telefon" | "+49 …").
const phoneLabelLine = /^(?:tel(?:efon)?|phone|telephone|fon|mobil|mobile)\.?\s*:?$/i;
const numberLine = /^\+?[\d(][\d\s()/.–-]{5,24}\d$/;

export function findPhone(lines: readonly string[]): string | undefined {
  for (const [index, line] of lines.entries()) {
    if (/fax/i.test(line.split(/[:]/)[0] ?? "")) continue;
    const match = phonePattern.exec(line);
    if (match?.[1]) return clean(match[1]);
    if (numberLine.test(line) && phoneLabelLine.test(lines[index - 1] ?? "")) return line;
  }
  return undefined;
}

// Plain words only in the whole shape of a lower-case address with a known kind of ending ("info at
// firma dot de"): "at" and "dot" are common words ("look at the dot matrix").
const wordedEmail =
  /\b([a-z0-9._+-]+)\s+(?:at|ät)\s+(?!(?:the|a|an|der|die|das|den|dem)\s)((?:[a-z0-9-]+\s+(?:dot|punkt)\s+)+(?:[a-z]{2,3}|info|online|digital|tech|swiss|wien|berlin|hamburg))\b/g;

/** Undo the usual obfuscations: "info [at] example [dot] com", "info(at)example.com", "info at example dot com". */
export function deobfuscate(text: string): string {
  return text
    .replace(/\s*[[({]\s*(?:at|ät|@)\s*[\])}]\s*/gi, "@")
    .replace(/\s*[[({]\s*(?:dot|punkt|\.)\s*[\])}]\s*/gi, ".")
    .replace(
      wordedEmail,
      (_, user: string, domain: string) => `${user}@${domain.replace(/\s+(?:dot|punkt)\s+/gi, ".")}`,
    );
}

const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;

/** The first e-mail address: mailto links first, then visible (possibly obfuscated) text. */
export function findEmail(root: ParentNode, lines: readonly string[]): string | undefined {
  for (const link of Array.from(root.querySelectorAll('a[href^="mailto:" i]'))) {
    const address = decodeURIComponent((link.getAttribute("href") ?? "").slice(7).split("?")[0] ?? "");
    if (emailPattern.test(address)) return address.trim();
  }
  for (const line of lines) {
    const match = emailPattern.exec(deobfuscate(line));
    if (match) return match[0];
  }
  return undefined;
}
