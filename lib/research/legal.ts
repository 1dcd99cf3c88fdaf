/** Legal forms and register numbers of companies in the DACH region and beyond. */

import { kindTownNumber } from "./legal-courts";

export { registerCourt } from "./legal-courts";

// Longest forms first, so "GmbH & Co. KG" wins over "GmbH".
const forms = [
  "GmbH\\s*&\\s*Co\\.?\\s*KGaA",
  "GmbH\\s*&\\s*Co\\.?\\s*KG",
  "AG\\s*&\\s*Co\\.?\\s*KG",
  "SE\\s*&\\s*Co\\.?\\s*KG",
  // Written with "ae" where a keyboard or a build step lost the umlaut.
  "(?:UG|Unternehmergesellschaft)\\s*\\(haftungsbeschr(?:ä|ae)nkt\\)(?:\\s*&\\s*Co\\.?\\s*KG)?",
  // Spelled out after a capitalised name ("BITech Aktiengesellschaft"), never after an article.
  "(?<=\\p{Lu}[\\p{L}\\d-]*\\s)(?:Aktiengesellschaft|Kommanditgesellschaft|Gesellschaft mit beschränkter Haftung)",
  "gGmbH",
  "GmbH",
  // Written in capitals with the name ("KRANICH GMBH").
  "GMBH",
  // The Austrian flexible company (since 2024).
  "FlexCo",
  "FlexKapG",
  "Ges\\.?\\s?m\\.?\\s?b\\.?\\s?H\\.?",
  "GesmbH",
  // "… Beteiligungsgesellschaft mbH": the short form after a spelled-out "Gesellschaft".
  "mbH",
  "KGaA",
  "AG",
  "SE",
  "UG",
  "OHG",
  "GbR",
  "KG",
  "PartG(?:\\s?mbB)?",
  "e\\.\\s?K\\.",
  "e\\.\\s?Kfm\\.",
  "e\\.\\s?Kffr\\.",
  "e\\.\\s?V\\.",
  // The Austrian registered sole trader, its last dot sometimes left out ("Lena Kranz e.U").
  "e\\.\\s?U\\.?",
  // In capitals only after a capitalised name ("Lindgrau E.U."): "in the E.U." is the union.
  "(?<=\\p{Lu}[\\p{L}\\d-]*\\s)E\\.\\s?U\\.",
  "eG",
  "Ltd\\.?",
  "Limited",
  "Inc\\.?",
  "LLC",
  "LLP",
  "plc",
  "Corp\\.?",
  "B\\.\\s?V\\.",
  "N\\.\\s?V\\.",
  "S\\.\\s?A\\.",
  "SAS",
  "S\\.à\\s?r\\.l\\.",
  "Sàrl",
  "SARL",
  "S\\.r\\.l\\.",
  "Oy",
  "s\\.\\s?r\\.\\s?o\\.",
  "sp\\.\\s?z\\s?o\\.\\s?o\\.",
  "AB",
  "ApS",
  "A/S",
  "Pty\\.?\\s?Ltd\\.?",
];

export const legalFormPattern = new RegExp(`(?:^|\\s|,)(${forms.join("|")})(?=$|[\\s,;.)])`, "u");

// "Eine Dienstleistung der …", "ist eine Marke von …", "a service by …": the company follows.
const introWords = [
  "dienstleistung|service|angebot|marke|produkt|projekt|tochter\\p{Ll}*|unternehmen|geschäftsbereich|plattform",
  "initiative|brand|subsidiary|division|product|platform|betrieben|operated|powered|provided|offered",
].join("|");
// Either capitalisation of the first letter, and no `i` flag: with it, \p{Lu} would match small letters too.
const serviceOf = new RegExp(
  `^.*?(?<!\\p{L})(?:${introWords.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, first: string) => `${bar}[${first.toUpperCase()}${first}]`)})\\s+(?:der|des|von|vom|by|of|from)\\s+(?=\\p{Lu}|\\d)`,
  "u",
);

/** "Nordlicht Analytics GmbH, Musterweg 1" → { name: "Nordlicht Analytics GmbH", form: "GmbH" }. */
export function legalEntity(line: string): { name: string; form: string } | undefined {
  const match = legalFormPattern.exec(line);
  if (!match?.[1]) return undefined;
  const end = match.index + match[0].length;
  const name = line
    .slice(0, end)
    // Labels ("Angaben gemäß § 5 TMG:", "Firma:"), copyright marks and leading articles are not part of the name.
    .replace(/^.*:\s*/, "")
    // A copyright year goes, the digits a name starts with stay ("7seas Robotik AG", "3rd floor digital GmbH").
    .replace(/^(?:©|\(c\)|copyright\b|[\s–-]|(?:19|20)\d\d\b)*/i, "")
    // "© 2026 Kranich. All rights reserved. Kranich GmbH": the rights' sentence ends the brand's.
    .replace(/^.*\b(?:all rights reserved|alle rechte vorbehalten)[.,]?\s*/i, "")
    .replace(serviceOf, "")
    .replace(/^(?:die|der|das|the)\s+/i, "")
    .trim();
  // "Registereintrag der KG", "Gesellschafter der GmbH": an article before the form refers to a company, names none.
  if (
    /(?:^|\s)(?:der|die|das|des|dem|den|einer|eines|the|of|our|unsere[mnrs]?)\s*$/i.test(
      name.slice(0, -match[1].length),
    )
  )
    return undefined;
  // A dash between a brand and its registered name is no word ("Kranich – Verein für … e. V.").
  const words = name.split(/\s+/).filter((word) => !/^[–—-]$/.test(word)).length;
  if (words < 2 || words > 9 || name.length > 90 || /[:|]/.test(name)) return undefined;
  return { name, form: match[1].replace(/\s+/g, " ") };
}

/**
 * Register numbers: HRB/HRA/GnR/PR/VR (DE; digits may be grouped: "HRB 234 567", "HRB 10 29 30"), FN (AT, also
 * written out: "Firmenbuchnummer: 531162 x"), the Swiss company number where a register names it
 * ("Handelsregister: CHE-184.223.405"), the Dutch KvK number and a UK company number.
 */
const registerPattern =
  /\b(H\s?R\s?[AB]|GnR|PR|VR|FN|Firmenbuch(?:nummer|-?Nr\.?)|FB-?Nr\.?)\s*(?:-?\s*(?:Nr\.?|No\.?))?\s*[:.\-–]?\s*(?:FN\s*)?(?:([a-z])\s?(?=\d))?(\d{1,3}(?: \d{3})+(?!\d)|\d{1,2}(?: \d{2}){2,3}(?!\d)|\d{1,7})(?:\s?([a-z])\b)?/i;
// A bilingual label between the kind and the number: "HRB-Nr./Commercial Register No.: 3844".
const bilingualRegister = /\b(H\s?R\s?[AB])(?:-?\s*Nr\.?)?\s*\/\s*[A-Za-z][A-Za-z .]{0,30}?[:.]\s*(\d{1,7})\b/i;
// The hyphen of "CHE-123.456.789" is sometimes left out, spaced or another dash (a non-breaking hyphen keeps the
// number on one line); the number is given back with a plain hyphen.
// The register's old number is written with dots ("CH-020.1.074.206-8") or with dashes only ("CH-170-3050334-9").
const swissNumber =
  /\bCHE[-\u2010-\u2015\u2212\s]?(\d{3}\.\d{3}\.\d{3})\b|\bCH-\d{3}(?:\.\d\.\d{3}\.\d{3}|-\d{7})-\d\b/;
const swissRegisterLabel =
  /handelsreg|firmennummer|unternehmens-?identifikationsnummer|\bUID\b|\bIDE\b|regist(?:er|ration|ry|re|ro)|company (?:number|no\b|id\b)/i;
const dutchNumber = /\b(?:KvK|Kamer van Koophandel)(?:[- ]?(?:nummer|nr\.?|no\.?|number))?\s*[:.]?\s*(\d{8})\b/i;
const ukNumber =
  /\b(?:company|registered|registration)(?: registration)?(?: in (?:England|Scotland|Wales|Northern Ireland)(?: (?:and|&) Wales)?,?)?(?: with)?(?: company)? (?:number|no\.?)\s*[:.]?\s*((?:SC|NI|OC)?\d{6,8})\b/i;

// "Registernummer: 13928" / "Company register number: 13928" without the register's kind; the kind follows from the
// legal form (registerKind). An Austrian number keeps its check letter ("Registernummer 123456 a").
const bareRegister =
  /\b(?:(?:[Hh]andels)?(?:[Rr]egister|REGISTER)-?(?:[Nn]ummer|NUMMER|[Nn]r\.?)|[Rr]egister (?:[Nn]umber|[Nn]o\.))\s*:?\s*(\d{3,7}(?:\s?[a-z](?![\p{L}\d]))?)(?![\d.,/-]|\s*\p{L})/u;

// The register's kind written out: "Handelsregister B 12345", "Handelsregister Abteilung A Nr. 678".
const spelledKind = /\bHandelsregister\s+(?:Abteilung\s+)?([AB])\b\s*(?:-?\s*Nr\.?)?\s*:?\s*(\d{1,7})\b/;
// A number a register sentence gives without its kind ("eingetragen beim Amtsgericht Kiel unter der Nummer 12345",
// "Handelsregister: 12345", "HR-Nr. 12345"); like a bare register number, it takes the kind of the legal form.
const numberOnly =
  /(?:\bunter\s+(?:der\s+)?(?:(?:Handels)?[Rr]egister)?(?:[Nn]ummer|Nr\.)|\bHR-Nr\.?\s*:?|\bHandelsregister\s*:)\s*(\d{3,7})(?![\d.,/-]*\d)/;
const registerWord = /handelsregister|registergericht|amtsgericht|\bHR-Nr/i;

/** The register kind a German legal form is entered in by law: companies in B, partnerships and traders in A. */
export function registerKind(form: string): string | undefined {
  if (/&\s*Co|KG$|OHG|^e\.\s?K/.test(form) && !/KGaA/.test(form)) return "HRA";
  if (/GmbH|mbH|^AG$|^SE$|KGaA|^UG|Unternehmergesellschaft|Aktiengesellschaft|Gesellschaft mit/.test(form))
    return "HRB";
  return undefined;
}

export function registerNumber(line: string): string | undefined {
  const match = registerPattern.exec(line);
  // A court's letter may stand before the number ("HRB-Nr.: B 11190"); a small letter there is a word's.
  if (match?.[1] && match[3] && !/[a-z]/.test(match[2] ?? "")) {
    const written = match[1].replace(/\s+/g, "").toUpperCase();
    const kind = /^(FIRMENBUCH|FB)/.test(written) ? "FN" : written;
    // Austrian Firmenbuch numbers end in a check letter; Berlin's register adds a capital "B", after or before.
    const after = match[4];
    const letter = kind === "FN" && after ? ` ${after.toLowerCase()}` : after === "B" || match[2] === "B" ? " B" : "";
    return `${kind} ${match[3].replace(/ /g, "")}${letter}`;
  }
  const bilingual = bilingualRegister.exec(line);
  if (bilingual?.[1] && bilingual[2]) return `${bilingual[1].replace(/\s+/g, "").toUpperCase()} ${bilingual[2]}`;
  const swiss = swissNumber.exec(line);
  if (swiss && swissRegisterLabel.test(line)) return swiss[1] ? `CHE-${swiss[1]}` : swiss[0];
  const bare = bareRegister.exec(line)?.[1];
  if (bare) return bare.replace(/(\d)\s?([a-z])$/, "$1 $2");
  const town = kindTownNumber.exec(line);
  if (town?.[1] && town[3]) return `${town[1].replace(/\s+/g, "").toUpperCase()} ${town[3]}`;
  const spelled = spelledKind.exec(line);
  if (spelled?.[1] && spelled[2]) return `HR${spelled[1]} ${spelled[2]}`;
  const unnamed = registerWord.test(line) ? numberOnly.exec(line)?.[1] : undefined;
  if (unnamed) return unnamed;
  const dutch = dutchNumber.exec(line)?.[1];
  if (dutch) return `KvK ${dutch}`;
  const uk = ukNumber.exec(line)?.[1];
  return uk ? `Company No. ${uk.toUpperCase()}` : undefined;
}

// The suffix may stand in brackets: "CHE-123.456.789 (MWST)".
const swissVatPattern = /\b(CHE[-\u2010-\u2015\u2212\s]?\d{3}\.?\d{3}\.?\d{3})(?:\s?(?:\(\s?)?(MWST|TVA|IVA|VAT)\b)?/g;
const vatPatterns = [
  /\bATU\s?\d{8}\b/,
  // An Austrian number grouped for reading: "ATU 123 456 78".
  /\bATU\s?\d{3}\s\d{3}\s\d{2}\b/,
  /\bDE\s?\d{3}\s?\d{3}\s?\d{3}\b/,
  /\b(?:FR|NL|BE|IT|ES|LU|DK|PL|CZ|SE|FI|IE|PT)\s?[0-9A-Z]{8,12}\b/,
  /\bGB\s?\d{3}\s?\d{4}\s?\d{2}\b/,
  // A German number grouped another way ("DE 23 11 77 498"), only under a VAT label.
  /\bDE(?:\s?\d){9}\b/,
];

const vatLabel = /(ust|umsatzsteuer|uid|vat|mwst|tva|btw)/i;
// A Swiss UID is the company's number; it is a VAT number only with "MWST" after it or under a VAT label.
const swissVatLabel = /mwst|mehrwertsteuer|umsatzsteuer|\bust\b|\bvat\b|\btva\b|\biva\b/i;

/** The VAT id of some lines: a labelled one first; a bare Swiss number counts under a VAT label on the line before. */
export function findVatId(lines: readonly string[]): string | undefined {
  const found = lines.map((line, index) => [line, vatId(line, lines[index - 1])] as const).filter(([, id]) => id);
  return (found.find(([line]) => vatLabel.test(line)) ?? found[0])?.[1];
}

/** A VAT id; the generic EU forms only next to a VAT label, since they look like other codes. */
export function vatId(line: string, previous = ""): string | undefined {
  const labelled = vatLabel.test(line) || isVatLabelLine(previous);
  const swiss = line.includes("CHE") ? swissVat(line, previous) : undefined;
  if (swiss) return swiss;
  for (const [index, pattern] of vatPatterns.entries()) {
    const match = pattern.exec(line);
    // A number in square brackets is a template's placeholder: "USt-IdNr.: [DE123456789]".
    if (match && (index < 3 || labelled) && line[match.index - 1] !== "[") return match[0].replace(/\s+/g, "");
  }
  return undefined;
}

// Whole words only: the short label above also matches inside words ("Industriestraße").
const vatLabelWord = /umsatzsteuer|mehrwertsteuer|\bust\b|\bust-?id|\buid\b|\bvat\b|\bmwst\b|\btva\b|\bbtw\b/i;

/** A heading or label line naming the VAT id, with no number of its own ("Umsatzsteueridentifikationsnummer"). */
function isVatLabelLine(line: string): boolean {
  return line.length > 0 && line.length <= 90 && !/\d{5}/.test(line) && vatLabelWord.test(line);
}

/** "CHE-123.456.789 MWST", or a Swiss number after a VAT label on its line or on a label line just before. */
function swissVat(line: string, previous: string): string | undefined {
  for (const match of line.matchAll(swissVatPattern)) {
    const number = (match[1] ?? "").replace(/\s+/g, " ").replace(/[\u2010-\u2015\u2212]/, "-");
    if (match[2]) return `${number} ${match[2]}`;
    // "Handelsregister: CHE-… · MWST-Nr. CHE-…": the label must stand before this number, not after it.
    const before = line.slice(0, match.index);
    if (swissVatLabel.test(before)) return number;
    if (!before.trim() && previous.length <= 60 && !/\d/.test(previous) && swissVatLabel.test(previous)) return number;
  }
  return undefined;
}
