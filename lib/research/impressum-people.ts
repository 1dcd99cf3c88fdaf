import { credit } from "./impressum-credit";
import { legalEntity } from "./legal";
import { isFirstName, isPersonName, isRole, stripRole } from "./names";
import { clean } from "./text";

/** The people an Impressum names as representing the company: managing directors, board, owner. */

// "Geschäftsführer" is also written "Geschaeftsfuehrer" where the umlauts were lost.
const managing = "gesch(?:ä|ae)ftsf(?:ü|ue)hr";
// The publication's legal role ("Directeur de la publication"), not a management one: it names the
// company's head only where a management role is written beside it.
const publication =
  "(?:publication|editorial)\\s+directors?|directors?\\s+of\\s+(?:the\\s+)?publication|direct(?:eur|rice)\\s+de\\s+(?:la\\s+)?publication|responsable\\s+de\\s+(?:la\\s+)?publication";
// Tested on the line up to its value: the label found may be the last word of a longer one ("Publication director").
const publicationLabel = new RegExp(`(?:${publication})\\b[^\\p{L}]*$`, "iu");
const managementRole =
  /gesch(?:ä|ae)ftsf(?:ü|ue)hr|\bceo\b|\bg[ée]rant|\bpr[ée]sident|managing\s+director|\bdirect(?:eur|rice)\s+g[ée]n[ée]ral/i;
// "Art Director: …" in an agency's credits names a craft, not the company's management.
const craftDirector =
  "(?<!(?:art|creative|technical|design|marketing|sales|music|film|account|project|finance|financial|it|communications?|content|brand|studio|artistic|photo|casting|web|digital|product)\\s)";
// French officers of a SARL or SAS ("Gérant :", "Présidente :", "Directeur général :"), read only as a label: the
// words also run through sentences. The chair of a supervisory board ("Président du conseil de surveillance") stays out.
const frenchWord =
  "(?:(?:co-?)?g[ée]rant(?:e|s|es)?|pr[ée]sident(?:e)?(?:[- ]direct(?:eur|rice)\\s+g[ée]n[ée]ral(?:e)?)?|direct(?:eur|rice)\\s+g[ée]n[ée]ral(?:e)?(?:\\s+d[ée]l[ée]gu[ée]e?)?|pdg)";
// A heading that is only the role must start its line: a role after a name ("…, Président") ends one too.
const frenchOfficer = `${frenchWord}(?=\\s*(?:\\(.*?\\)\\s*)?:)|^${frenchWord}(?=\\s*$)|repr[ée]sent[ée]e?\\s+par|repr[ée]sentant(?:e)?s?\\s+(?:l[ée]ga(?:le?s?|ux)|autoris[ée]e?s?)(?:\\s+l[ée]ga(?:le?s?|ux))?`;
// "Management" alone is a label only at the start of its line: after other words it ends a name ("Professional Group
// for Management").
const directorLabel = new RegExp(
  `^(?:.*?\\b)??(${managing}(?:er|erin|ung|ende[rn]?\\s+gesellschafter(?:in|innen)?|er\\s*\\/\\s*in)|geschäftsleitung|(?:executive|management)\\s+board|board\\s+of\\s+management|(?<=^[^A-Za-zÄÖÜäöüß]*)management|vertretungsberechtigte[rn]?\\s+(?:${managing}er(?:in)?|partner(?:in|innen)?|gesellschafter(?:in|innen)?|pers(?:on|onen))|(?<=^[^A-Za-zÄÖÜäöüß]*)vertretungsberechtigt(?:e[rn]?)?(?=\\s*(?::|$))|vertreten\\s+durch|${publication}|vorstand(?:svorsitzende[r]?|smitglieder)?|vorstände|authori[sz]ed\\s+representatives?|legal\\s+representatives?|(?:owner|proprietor)(?=\\s*:)|(?:gesch(?:ä|ae)fts)?inhaber(?:in)?|verwaltungsrat(?:spräsident(?:in)?)?|managing\\s+directors?|managing\\s+partners?|represented\\s+by|${frenchOfficer}|${craftDirector}directors?|ceo(?=\\s*:))(?:\\b|(?<=é))(?:\\s*\\/\\s*[A-Za-zÄÖÜäöüß ]{2,30}?(?=\\s*:))?(?:\\s*\\(.*?\\))?\\s*:?\\s*(.*)$`,
  "id",
);

// A director list runs on over lines that hold nothing but names; this many at most.
const maxListLines = 12;

/** The names after director labels: on the label's line or on the lines after it. */
export function directors(lines: readonly string[]): string[] {
  const names: string[] = [];
  for (const [index, line] of lines.entries()) {
    const label = line.length <= 300 ? findLabel(line) : undefined;
    if (!label) continue;
    // "Webdesign: Studio Kranich, Inhaber Max Kranich": a label after a credit names the agency's people.
    if (credit.test(line.slice(0, label.start))) continue;
    const value = labelValue(label.value);
    if (isPublicationOnly(line.slice(0, label.valueStart), value, lines[index + 1])) continue;
    const found = value ? namesOf(value) : [];
    // A label with names after it, or a short line that is only a label ("Vertreten durch"), not a sentence ending in one.
    if ((value && found.length === 0) || (!value && line.length > 80)) continue;
    const above = value ? undefined : namesBeforeRole(lines, index, label.start);
    if (above) {
      names.push(...above);
      continue;
    }
    let next = index + 1;
    // Under a heading the company may be named first, on a line of its own.
    if (!value && isEntityLine(lines[next] ?? "")) next++;
    found.push(...namesFollowing(lines, next));
    names.push(...found);
  }
  let openings: ReadonlyMap<string, number> | undefined;
  return withoutRepeats(names).map((name) => {
    if (!/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name)) return name;
    openings ??= lineOpenings(lines);
    return writtenSurnameFirst(openings.get(name), lines) ? turned(name) : name;
  });
}

/** Where the first short line opening with each text before a comma stands: looked up per name, not searched for each. */
function lineOpenings(lines: readonly string[]): Map<string, number> {
  const openings = new Map<string, number>();
  for (const [index, line] of lines.entries()) {
    // Empty for a line without a comma.
    const opening = line.slice(0, Math.max(line.indexOf(","), 0));
    if (opening && line.length <= 120 && !openings.has(opening)) openings.set(opening, index);
  }
  return openings;
}

/**
 * "Berk Tom, Mitglied der Geschäftsleitung" (line `at`) beside "Kranz, Lena, Präsidentin": in a list written surname
 * first, an entry that leaves the comma out is written so too. Shape alone cannot tell the order of two words.
 */
function writtenSurnameFirst(at: number | undefined, lines: readonly string[]): boolean {
  return at !== undefined && [at - 1, at + 1, at - 2, at + 2].some((index) => isInvertedLine(lines[index] ?? ""));
}

function turned(name: string): string {
  const [surname, given] = name.split(" ");
  return `${given} ${surname}`;
}

function isInvertedLine(line: string): boolean {
  return line.length <= 120 && line.includes(",") && invertedNames(line) !== undefined;
}

/** Each person once: a name written again with a middle name shortened or left out ("Tom A. Berg") is the same. */
function withoutRepeats(names: readonly string[]): string[] {
  const key = (name: string) => {
    const words = name.split(/\s+/);
    return `${words[0]} ${words[words.length - 1]}`.toLowerCase();
  };
  const seen = new Set<string>();
  return names.filter((name) => !seen.has(key(name)) && Boolean(seen.add(key(name))));
}

interface Label {
  /** Where the label starts on its line. */
  start: number;
  /** Where the text after the label starts. */
  valueStart: number;
  value: string;
}

/**
 * The first director label of a line, or a later one when the first names no one: "Vertreten durch die Nordlicht
 * Verwaltungs GmbH, diese vertreten durch den Geschäftsführer Tom Berg".
 */
function findLabel(line: string): Label | undefined {
  let first: Label | undefined;
  let offset = 0;
  for (let tries = 0; tries < 3; tries++) {
    const match = directorLabel.exec(line.slice(offset));
    const [start, valueStart] = [match?.indices?.[1]?.[0], match?.indices?.[2]?.[0]];
    if (!match || start === undefined || valueStart === undefined) break;
    const label = { start: offset + start, valueStart: offset + valueStart, value: match[2] ?? "" };
    first ??= label;
    // "Represented by the Board of Management: …": a label right after the first one names the role, the names follow it.
    const article = /^(?:(?:the|its|den|die|der|dem|seine[nm]?|ihre[nm]?)\s+)?/i.exec(label.value)?.[0].length ?? 0;
    if (directorLabel.exec(label.value.slice(article))?.indices?.[1]?.[0] === 0) {
      offset = label.valueStart + article;
      continue;
    }
    const value = labelValue(label.value);
    if (!value || namesOf(value).length > 0) return label;
    offset = label.valueStart;
  }
  return first;
}

/**
 * In a one-line footer the next detail follows a separator: "Geschäftsführer: Jana Petersen · Amtsgericht Köln"; a web
 * address the page's lines joined on ends the names too.
 */
function labelValue(text: string): string {
  const value = clean(text).split(/\s+[|·•]\s+/)[0] ?? "";
  // The bracket a role in brackets closes ("Erika Beispiel (Geschäftsführerin)") is not a value.
  return value.replace(/\s+(?:https?:\/\/|www\.)\S*$/, "").replace(/^\)$/, "");
}

// Labels that introduce what follows ("Vertreten durch"), never a role written under a name.
const introducing = /^(?:vertreten|represented|vertretungsberechtigt|repr[ée]sent)/i;

/**
 * A name written before its role: "Erika Beispiel, Geschäftsführerin" or "Erika Beispiel (Geschäftsführerin)" on one
 * line, or the name on the line above a line that is only the role. Under a role heading the names follow instead,
 * unless the next line is a name with a role of its own below it (a list of name-over-role blocks).
 */
function namesBeforeRole(lines: readonly string[], index: number, labelStart: number): string[] | undefined {
  const line = lines[index] ?? "";
  const before = line.slice(0, labelStart);
  if (/\p{L}/u.test(before)) return namesOnly(before.replace(/[\s,;|·•(–—-]+$/, ""));
  if (line.length > 40 || introducing.test(line.slice(labelStart))) return undefined;
  const above = namesOnly(lines[index - 1] ?? "");
  if (!above || (namesOnly(lines[index + 1] ?? "") && !isRole(lines[index + 2] ?? ""))) return undefined;
  return above;
}

/** A publication director's label, with no management role beside it on its line or the next. */
function isPublicationOnly(label: string, value: string, next = ""): boolean {
  return publicationLabel.test(label) && !managementRole.test(value || next);
}

/** The names on the lines from `start` on, while lines hold nothing else; a name the source wrapped is joined. */
function namesFollowing(lines: readonly string[], start: number): string[] {
  const found: string[] = [];
  for (let index = start; index < Math.min(lines.length, start + maxListLines); index++) {
    const line = lines[index] ?? "";
    let more = namesOnly(line);
    // "Dr. Eva Maier, Dr. Tom" / "Berg, Lea Brunner": a list wrapped inside a name.
    if (!more && /,\s*\S+(?:\s\S+)?$/.test(line) && index + 1 < lines.length) {
      more = namesOnly(`${line} ${lines[index + 1]}`);
      if (more) index++;
    }
    if (!more) break;
    found.push(...more);
  }
  return found;
}

function isEntityLine(line: string): boolean {
  return legalEntity(line)?.name === line;
}

// Roles that follow a name after a comma ("Lea Brunner, Mitglied des Verwaltungsrates"), also the Swiss and French ones
// ("Directeur général").
const roleAfterName =
  /\b(?:mitglied|verwaltungsrat|präsident|président|g[ée]rante?\b|direct(?:eur|rice)\b|delegierte|sprecher|vorsitz)/i;

function isRolePart(part: string): boolean {
  return isRole(part) || roleAfterName.test(part);
}

/** The names of a value, leaving out roles written beside them. */
function namesOf(value: string): string[] {
  const inverted = invertedNames(value);
  if (inverted) return inverted;
  return splitNames(withSharedSurname(value)).filter((part) => !isRolePart(part) && isPersonName(part));
}

// Two people of one family write their surname once: "Nadine und Tobias Wischmeier".
const sharedSurname =
  /(^|[,;:]\s*)(\p{Lu}\p{Ll}+)\s+(?:und|and|&)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=\s*(?:$|[,;(]))/u;

/** "Anna und Tom Berg" → "Anna Berg und Tom Berg" when both first words are given names. */
function withSharedSurname(value: string): string {
  return value.replace(sharedSurname, (whole, start: string, first: string, second: string, surname: string) =>
    isFirstName(first) && isFirstName(second) ? `${start}${first} ${surname} und ${second} ${surname}` : whole,
  );
}

// A name written surname first, as registers do: "Berg, Tom", "Berg-Kranz, Lena", "von Bergen, Clara Marie",
// "van der Berg, Dr. Anna". Only a one-word surname (after its particles): after a full name the word may be a town
// ("Tom Berg, Reichshof"). Without a comma a name is read as written: the order of two words cannot be told by shape.
const word = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
const surnameFirst = new RegExp(
  `^((?:(?:von|van|vom|zu|zur|de|der|den|di|da|del|la|le|du|ten|ter)\\s+)*${word}),\\s*((?:(?:Prof|Dr)\\.\\s?)*${word}(?:\\s${word})?)$`,
  "u",
);

// A Swiss register entry goes on with the home town, the residence or the nationality: "Berg, Tom, von Bern, in Zug".
const registerDetails =
  /(?:,\s*(?:von|in|aus)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*|,\s*\p{Ll}+e[rn]?\s+Staatsangehörige[rn]?)+$/u;

/** "Berg, Tom" → ["Tom Berg"]; "Berg, Tom; Kranz, Lena" → both, else undefined. */
function invertedNames(text: string): string[] | undefined {
  if (!text.includes(",")) return undefined;
  // A register's entry may end in the role: "Berg, Dr. Tom, Präsident des Verwaltungsrates".
  const withRole = /^([^,]+,[^,]+),\s*([^,]+)$/.exec(text);
  const value = withRole?.[1] && withRole[2] && isRolePart(withRole[2]) ? withRole[1] : text;
  const names = value.split(/\s*;\s*|\s+(?:und|and)\s+/).map((part) => invertedName(part.replace(registerDetails, "")));
  return names.every(Boolean) ? (names as string[]) : undefined;
}

/** "Berg, Tom" → "Tom Berg" when what follows the comma is a given name, else undefined. */
function invertedName(value: string): string | undefined {
  const match = surnameFirst.exec(value.trim());
  const given = match?.[2]?.replace(/^(?:(?:Prof|Dr)\.\s?)*/, "");
  if (!match?.[1] || !match[2] || !given?.split(" ").every(isFirstName) || isRolePart(match[1])) return undefined;
  const name = `${match[2]} ${match[1]}`;
  return isPersonName(name) ? name : undefined;
}

/** The names of a line that holds nothing else ("Jana Petersen (CEO)", "- Tom Berg", "Tom Berg, Vorstand"), else undefined. */
export function namesOnly(line: string): string[] | undefined {
  const inverted = invertedNames(line.replace(/^\s*[-–•*·]\s+/, ""));
  if (inverted) return inverted;
  const parts = splitNames(withSharedSurname(line));
  const names = parts.filter((part) => !isRolePart(part));
  return names.length > 0 && names.every(isPersonName) ? names : undefined;
}

// Articles, possessives and the role a name may start with ("deren Geschäftsführer Tom Berg"); a French salutation
// ("M.", "Madame"), which the person-name rules do not know.
const leadingRole = new RegExp(
  `^(?:durch\\s+)?(?:(?:die|den|der|deren|dessen|ihre[nm]?|seine[nm]?|the|its|their)\\s+)?(?:(?:${managing}er(?:in|innen)?|${managing}ung|vorstand|inhaber(?:in)?|managing directors?|ceo)\\b)?\\s*:?\\s*(?:(?:m\\.|mme\\.?|monsieur|madame)\\s+)?`,
  "i",
);

/** "A, B und C" / "A and B" / "A & B" → names, with leading articles, salutations and roles removed. */
export function splitNames(value: string): string[] {
  return (
    value
      // Roles in brackets may hold commas of their own: "(Vorsitzender der Geschäftsführung, CEO)".
      .replace(/\([^()]*\)/g, " ")
      .replace(/^\s*[-–•*·]\s+/, "")
      .split(/\s*(?:,|;|\/|\bund\b|\band\b|\bet\b|&|\bsowie\b)\s*/)
      // stripRole also drops a salutation ("Herr") before the name.
      .map((part) => casedSurname(stripRole(part.replace(leadingRole, ""))))
      .filter(Boolean)
  );
}

// Some notices write the surname in capitals, as official documents do: "Dominique KRANZ BERG". Roles and legal
// forms in capitals ("CEO", "OHG") stay as they are.
const capitalsWord = /(?<![\p{L}.])\p{Lu}{3,}(?:-\p{Lu}{2,})?(?![\p{L}.])/gu;
const capitalsKept = /^(?:OHG|GBR|LLC|LTD|INC|PLC|SAS|SARL|GMBH|KGAA)$/;

/** "Lena KRANZ" → "Lena Kranz": words in capitals beside a word written normally are a name's surname. */
function casedSurname(part: string): string {
  if (!/\p{Lu}\p{Ll}/u.test(part) || !/\p{Lu}{3}/u.test(part)) return part;
  return part.replace(capitalsWord, (word) =>
    capitalsKept.test(word) || isRole(word)
      ? word
      : word
          .split("-")
          .map((piece) => piece.charAt(0) + piece.slice(1).toLowerCase())
          .join("-"),
  );
}
