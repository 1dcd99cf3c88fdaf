import { clean } from "./text";

/**
 * Postal addresses in the national forms that the German pattern in contact.ts does not read:
 * Italian ("Via Roma, 12 – 20121 Milano (MI)", "Via Roma 12 Vicenza 36100"), French ("12 rue de la Paix,
 * 75002 Paris") and Dutch ("Herengracht 12, 1012 AB Amsterdam"). Each needs its street's own shape,
 * so a phone number, a year or a price before a place never reads as one.
 */

// A city: capitalised words, Italian and French accents, an apostrophe or hyphen inside ("Reggio nell'Emilia"
// stays short: "Reggio"); a second word must have lower-case letters, so a province code ("MI") is left out.
const city = "[A-ZÄÖÜÀ-Ý][a-zäöüßà-ÿ'’.-]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ'’.-]+)?";
// "Via", "Viale", "Piazza", "Corso", "Largo", "Vicolo", "Strada", "Località" open an Italian street.
const italianStreet = "(?:Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Strada|Contrada|Località|Loc\\.)";
// "Via Basilio dalla Scola, 92", "Via Roma 12/A": the number may follow a comma.
const italianStreetNo = `${italianStreet}\\s[A-ZÀ-Ýa-zà-ÿ'’. ]{2,50}?,?\\s?\\d{1,4}(?:\\s?\\/?\\s?[A-Za-z])?`;
// "20121 Milano", "20121 Milano MI", "20121 Milano (MI)", or the city first: "Vicenza 36100".
const italianPlace = `(?:(\\d{5})\\s+(${city})(?:\\s\\(?[A-Z]{2}\\)?)?|(${city})\\s+(\\d{5}))(?![\\d])`;
const italianInline = new RegExp(`(${italianStreetNo})\\s*(?:[,|·•–—-]\\s*)?${italianPlace}`);
const italianLine = new RegExp(`^${italianStreetNo},?$`);
const italianPlaceLine = new RegExp(`^${italianPlace}(?:\\s*[,·•|]\\s*[A-ZÀ-Ý][a-zà-ÿ]+)?$`);

// "12 rue de la Paix", "3 bis, avenue Foch", "27 boulevard Haussmann": the number first.
const frenchStreet =
  "\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s(?:rue|avenue|av\\.|boulevard|bd|place|quai|allée|chemin|impasse|route|cours|square)\\s[A-Za-zÀ-ÿ'’. -]{2,50}?";
const frenchInline = new RegExp(`(${frenchStreet})\\s*[,|·•–-]\\s*(?:F-)?(\\d{5})\\s+(${city})`, "i");

// "Herengracht 12, 1012 AB Amsterdam": four digits and two capitals, not a legal form ("1998 AG").
const dutchPostcode = "\\d{4}\\s?(?!AG|SA|SS|SD)[A-Z]{2}";
const dutchInline = new RegExp(
  `([A-Z][a-zà-ÿ]+(?:\\s[A-Za-z][a-zà-ÿ]+){0,3}\\s\\d{1,4}[a-z]?)\\s*[,|·•–-]\\s*(${dutchPostcode})\\s+(${city})`,
);

// Cheap tests of a line before the full patterns: a street word, or a Dutch postcode.
const italianWord = new RegExp(`(?:^|\\s)${italianStreet}\\s`);
const frenchWord = /\d,?\s(?:rue|avenue|av\.|boulevard|bd|place|quai|allée|chemin|impasse|route|cours|square)\s/i;
const dutchWord = /\d{4}\s?[A-Z]{2}\s/;

/** An address in one of these forms on one line: "street, postcode city". */
export function foreignInlineAddress(line: string): string | undefined {
  const italian = italianWord.test(line) ? italianInline.exec(line) : null;
  if (italian?.[1]) return `${streetOf(italian[1])}, ${italian[2] ?? italian[5]} ${italian[3] ?? italian[4]}`;
  const french = frenchWord.test(line) ? frenchInline.exec(line) : null;
  if (french?.[1]) return `${clean(french[1])}, ${french[2]} ${french[3]}`;
  const dutch = dutchWord.test(line) ? dutchInline.exec(line) : null;
  return dutch?.[1] ? `${clean(dutch[1])}, ${dutch[2]} ${dutch[3]}` : undefined;
}

/** An Italian street on one line and its place on the next ("Via Roma, 12" above "20121 Milano (MI)"). */
export function foreignTwoLineAddress(line: string, next: string): string | undefined {
  if (!italianLine.test(line)) return undefined;
  const place = italianPlaceLine.exec(next);
  return place ? `${streetOf(line.replace(/,$/, ""))}, ${place[1] ?? place[4]} ${place[2] ?? place[3]}` : undefined;
}

/** "Via Roma,12" → "Via Roma 12". */
function streetOf(street: string): string {
  return clean(street.replace(/\s*,\s*(?=\d)/, " "));
}
