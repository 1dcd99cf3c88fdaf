/** Register courts of notices in Germany, Austria and Switzerland, named as a notice writes them. */

// The register court's town between the kind and the number: "HRA Hamburg 87106", "HRB Frankfurt am Main 1234".
export const kindTownNumber = /\b(H\s?R\s?[AB])\s+(\p{Lu}\p{Ll}+(?:[- ](?:am |an der )?\p{Lu}\p{Ll}+)?)\s+(\d{1,7})\b/u;

const courtPattern =
  /\b(Amtsgerichts?|Registergericht|Handelsgericht|Landesgerichts?(?: für ZRS)?|Firmenbuch-?\s?[Gg]ericht|FB-Gericht|Handelsregister(?: des Amtsgerichts)?|Regist(?:er|ry|ration) [Cc]ourt|Registered at|(?:[Ll]ocal|[Dd]istrict) [Cc]ourt(?: \(Amtsgericht\))?(?: of)?)\s*:?\s*(?:des\s+Amtsgerichts?\s+|in\s*:\s*|(?:the\s+)?(?:[Ll]ocal|[Dd]istrict) [Cc]ourt(?: of)?\s+)?([A-ZÄÖÜ][\wäöüß.-]*(?:\s(?:(?:am|an|der|im|für(?=\sZ)|v\.\s?d\.\s?H\.|i\.\s?Br\.|a\.\s?M\.|a\.\s?d\.)|(?!(?:H\s?R\s?[AB]|FN|GnR|Nr|HR)\b|[A-ZÄÖÜ][\wäöüß.-]*\s*:)[A-ZÄÖÜ][\wäöüß.-]*))*)/g;

// A court written in capitals: "HANDELSGERICHT WIEN", "AMTSGERICHT KIEL".
const capitalCourt =
  /\b(AMTSGERICHT|HANDELSGERICHT|LANDESGERICHT)\s+(\p{Lu}{2,}(?: (?!(?:HRB|HRA|UID|ATU|USt|FN|NR)\b)\p{Lu}{4,})?)(?![\p{L}\d])/u;
const wordCase = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();

// Austrian notices shorten the court: "FN 123456 a, HG Wien", "Firmenbuchgericht: LG Linz".
const austrianShortCourt = /\b(HG|LG)(\s+für\s+(?:ZRS|Zivilrechtssachen))?\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)\b/u;

// A Swiss cantonal register office, named whole: "Handelsregisteramt des Kantons Zürich", "Registre du commerce du
// canton de Vaud", "Handelsregisteramt: Zug".
const swissOffice =
  /\b(?:(?:Handelsregister(?:amt|eintrag)?(?:\s*:)?|Registre du commerce|Registro (?:di|del) commercio|Commercial [Rr]egist(?:er|ry)(?: [Oo]ffice)?)\s+(?:(?:des\s+)?Kantons?|(?:du\s+)?[Cc]anton(?:\s+(?:de|du))?|(?:del\s+)?[Cc]antone(?:\s+(?:di|del))?|of\s+the\s+[Cc]anton\s+of)\s+(?:d['’])?|(?:Handelsregisteramt|Registre du commerce)\s*:?\s*)(\p{Lu}\p{Ll}\p{L}*(?:\.\s?\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{L}*)?)/u;

/**
 * "Amtsgericht München" from "Amtsgericht München, HRB 16997" or "Registergericht: Amtsgericht Hamburg"; a word
 * with a colon after it is the next label ("Handelsgericht Wien UID-Nummer: …"), not part of the place.
 */
export function registerCourt(line: string): string | undefined {
  const office = /regist/i.test(line) ? swissOffice.exec(line) : undefined;
  // "Handelsregister: Kanton Zug" and "Handelsregistereintrag Kanton Zug" name the canton's office.
  if (office?.[1])
    return office[0]
      .replace(/^(Handelsregister(?:amt)?)(?:eintrag)?\s*:?\s+Kantons?\s+/, "$1 des Kantons ")
      .replace(/\s*:\s*/, " ");
  const town = kindTownNumber.exec(line)?.[2];
  if (town) return `Amtsgericht ${town}`;
  const capitals = line.includes("GERICHT") ? capitalCourt.exec(line) : undefined;
  if (capitals?.[1] && capitals[2]) return `${wordCase(capitals[1])} ${capitals[2].split(" ").map(wordCase).join(" ")}`;
  const short = /\bFN\b|Firmenbuch|FB-|[Gg]ericht/.test(line) ? austrianShortCourt.exec(line) : undefined;
  if (short?.[3]) return `${short[1] === "HG" ? "Handelsgericht" : "Landesgericht"}${short[2] ?? ""} ${short[3]}`;
  // "Munich Local Court, HRB 12345": an English court named after its town.
  const local = /\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (Local|District) Court\b/u.exec(line);
  if (local?.[1] && !/^(?:The|Register|Registration|Commercial)$/.test(local[1]))
    return `${local[2]} Court ${local[1]}`;
  // One label may stand before another ("Handelsregister: Registergericht: Amtsgericht Mainz"): the first naming a place counts.
  for (const match of line.matchAll(courtPattern)) {
    const court = courtOf(match);
    if (court) return court;
  }
  return undefined;
}

function courtOf(match: RegExpMatchArray): string | undefined {
  if (!match[1] || !match[2] || /^(Registergericht|Handelsregister|Firmenbuchgericht|Abteilung)\b/.test(match[2]))
    return undefined;
  // A place has small letters: "CHE-184.223.405" after "Handelsregister:" is a number.
  if (!/\p{Ll}/u.test(match[2])) return undefined;
  // A full stop after a word ends the sentence; after an abbreviation ("v.d.H.") it stays.
  const city = match[2].replace(/,$/, "").replace(/([a-zäöüß]{3})\.$/, "$1");
  if (/^(Amtsgericht|Handelsgericht|Landesgericht)/.test(city)) return city;
  if (/^(H\s?R\s?[AB]|FN|Nr)\b/i.test(city)) return undefined;
  // "Register court: Local court Munich": the court's kind may follow the label.
  const court = /(Amtsgericht|Handelsgericht|Landesgericht(?: für ZRS)?|Local Court|District Court)/i.exec(
    match[0].slice(0, match[0].length - match[2].length),
  )?.[1];
  if (court) return `${court.replace(/ court/, " Court")} ${city}`;
  // A Firmenbuch court is named by its town alone also after a colon ("Firmenbuchgericht: Wien").
  const firmenbuch = /^F(?:irmenbuch|B)/.test(match[1]);
  return firmenbuch || /^\s+$/.test(match[0].slice(match[1].length, match[0].length - match[2].length))
    ? courtOfTask(firmenbuch ? "Firmenbuchgericht" : match[1], city)
    : city;
}

/**
 * "Registergericht Frankfurt am Main", "Firmenbuchgericht Linz": a court named by its task and town is the town's
 * Amtsgericht, in Austria its Landesgericht (Vienna's is the Handelsgericht, Graz's the one for civil matters).
 * After a colon ("Registergericht: Kiel") the town is the label's value and stays as written.
 */
function courtOfTask(label: string, city: string): string {
  if (label === "Registergericht") return `Amtsgericht ${city}`;
  if (label !== "Firmenbuchgericht") return city;
  if (city === "Wien") return "Handelsgericht Wien";
  return city === "Graz" ? "Landesgericht für ZRS Graz" : `Landesgericht ${city}`;
}
