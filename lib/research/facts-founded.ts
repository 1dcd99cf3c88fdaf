import { joinedLines } from "./text";

/** The founding year as pages state it: "gegründet 1998", "Since 1998, we have built …", a timeline's first entry. */

const hasDigit = /\d/;

const year = "(1[89]\\d\\d|20\\d\\d)";
// "Founded in 2014", "gegründet 1998", "founded by two auditors, … in 2009"; generic verbs only right
// before the year ("established in 1998", "incorporated in Delaware in 2015", not "started working
// with us in 2020"); "1987 gegründet"; "seit 1998 am Markt"; and "Gründungsjahr: 2003" or "Est. 2011"
// as a label, also over two lines.
const foundedPattern = new RegExp(
  [
    `\\b(?:founded|gegründet|gründung|gründungsjahr|since our founding in|opgericht)\\b[^.!?\\n]{0,70}?\\b${year}\\b`,
    // French and Italian pages say it too: "fondée en 1999", "fondata nel 1987"; a word ending in é has no \b after it.
    `\\b(?:fondée?|fondat[ao])(?=\\s)[^.!?\\n]{0,70}?\\b${year}\\b`,
    `\\b(?<!get |getting )(?:established|incorporated|started)(?: in [A-Z][\\w-]+(?:,? [A-Z][\\w-]+)?)?(?: in| im jahr| im| on| as early as)?(?: \\w+ \\d{1,2},?)? ${year}\\b`,
    `\\b(?:seit|since)\\s+${year}\\s+(?:am markt|on the market|in business|im geschäft)`,
    `\\b${year}\\b[^.!?\\n]{0,30}?\\b(?:gegründet|opgericht)`,
    // The passive names its founders between: "wurde 2008 von Peter Falk und Jana Roth gegründet".
    `\\b(?:wurde|ist)\\s+(?:im\\s+jahre?\\s+)?${year}\\b[^.!?\\n]{0,80}?\\bgegründet`,
    // "Gegründet" over "2009 in Köln" on a fact sheet.
    `(?:^|\\n)(?:gründungsjahr|gegründet|gründung|founded|year founded|established|est\\.?)[ \\t]*:?[ \\t]*\\n?[ \\t]*${year}(?: in [A-ZÄÖÜ][\\wäöüß-]+)?[ \\t]*(?=\\n|$)`,
    // A badge: "Seit 1998", "Since 1998", "Tradition seit 1898", "Ihr Partner seit 2003"; also one part of a
    // tagline set apart by dots or bars ("Footwear Manufacturer · Since 1998 · Made in Portugal").
    `(?:^|\\n|[·•|][ \\t]*)(?:(?:ihr |your )?(?:partner|tradition|qualität|quality|familienunternehmen|family business|meisterbetrieb) )?(?:seit|since)[ \\t]+${year}\\.?[ \\t]*(?=\\n|$|[·•|])`,
    // "Seit 1984 in Ulm": the town the company has been in since its start, as a badge or a title's part.
    `(?:^|\\n|[·•|:][ \\t]*)(?:seit|since)[ \\t]+${year}[ \\t]+in[ \\t]+[A-ZÄÖÜ][\\wäöüß-]+(?=[ \\t]*(?:[,.·•|]|\\n|$))`,
    // "Ihr Partner für Reifenservice im Raum Stuttgart, zuverlässig seit 1998.": the sentence ends with the year.
    `\\b(?:ihr|your)\\s+(?:[a-zäöü]+\\s+)?(?:partner|spezialist|experte|fachbetrieb|dienstleister|specialist|expert)\\b[^.!?\\n]{0,120}?\\b(?:seit|since)\\s+${year}(?=[ \\t]*(?:[.!]|\\n|$))`,
    // "In 1998, Kranich Solutions started operations", "In 2009, the firm was established".
    `\\bin\\s+${year},?\\s+[^.!?\\n]{0,60}?\\b(?:started operations|began operations|opened (?:its|their|our) doors|was founded|was established|was incorporated)\\b`,
    // A timeline's year above its entry: "1976" over "Gründung" or "Firmengründung der Falk GmbH in …"; a fact
    // tile's "2004 in Hamburg" over "gegründet".
    `(?:^|\\n)${year}(?: in [A-ZÄÖÜ][\\wäöüß-]+)?[ \\t]*\\n(?:gründung|unternehmensgründung|firmengründung|gegründet|founded|founding|company founded)(?:[ \\t]*(?=\\n|$)| der\\b| des\\b| von\\b| of\\b)`,
    // A milestone's year, its tag, then a title that opens with the founding ("2009" / "The Beginning" / "Founded in
    // Dubai with a Clear Mission").
    `(?:^|\\n)${year}[ \\t]*\\n[^\\d\\n]{1,30}\\n(?:founded|gegründet|gründung|established|company founded)\\b[^\\n]{0,60}(?=\\n|$)`,
  ].join("|"),
  "gi",
);

// The company's own work "since" a year: "Seit 2019 entwickeln wir …", "Since 2019, we have helped …", "Wir
// beraten seit 2019 …". Only verbs of what a company does for others count: a customer's quote uses it ("Seit 2019
// nutzen wir Kranwerk"), a product is on the market, a person is in the team since a year.
const ownWork =
  "entwickeln|entwickelt|beraten|berät|begleiten|begleitet|unterstützen|unterstützt|helfen|hilft|bieten|bietet|liefern|liefert|gestalten|gestaltet|betreuen|betreut|realisieren|realisiert|produzieren|produziert|fertigen|fertigt|planen|plant|stehen|steht|verbinden|verbindet|vermitteln|vermittelt|vertreiben|vertreibt";
const ownWorkEn =
  "develop|developed|developing|build|built|building|help|helped|helping|serve|served|serving|support|supported|supporting|advise|advised|advising|provide|provided|providing|deliver|delivered|delivering|design|designed|designing|empower|empowered|empowering";
// "Seit 2021 bieten wir auch …" tells of something new beside older work; "Seit 2010 entwickeln wir für Kranwerk …" of
// one customer's account.
const notNew = "(?!,?\\s+(?:auch|zusätzlich|nun|jetzt|also|additionally|now|too|für|for)\\b)";
const sinceOwnPattern = new RegExp(
  [
    `(?:^|\\n|[.!?]\\s+)(?:Seit|seit)\\s+(?:dem\\s+Jahr\\s+)?${year},?\\s+(?:${ownWork})\\s+wir\\b${notNew}`,
    `(?:^|\\n|[.!?]\\s+)Since\\s+${year},?\\s+(?:we|our team)(?:\\s+have|\\s+has|['’]ve)?(?:\\s+been)?\\s+(?:${ownWorkEn})\\b${notNew}`,
    `(?:^|\\n|[.!?]\\s+)Wir\\s+(?:${ownWork})\\s+seit\\s+${year}\\b${notNew}`,
    `(?:^|\\n|[.!?]\\s+)We(?:\\s+have|['’]ve)\\s+been\\s+(?:${ownWorkEn})\\b[^.!?\\n]{0,60}?\\bsince\\s+${year}\\b`,
  ].join("|"),
  "g",
);

// Most pages state no founding year; the first statement in the text is the company's. Work "since" a year counts
// only where nothing states the founding.
export function foundedYear(lines: readonly string[]): number | undefined {
  const text = joinedLines(lines);
  if (!hasDigit.test(text)) return undefined;
  return (
    firstYear(text, foundedPattern) ??
    (/\b(?:[Ss]eit|[Ss]ince)\b/.test(text) ? firstYear(text, sinceOwnPattern) : undefined)
  );
}

function firstYear(text: string, pattern: RegExp): number | undefined {
  for (const match of text.matchAll(pattern)) {
    const found = Number(match.slice(1).find(Boolean));
    if (found && found <= new Date().getFullYear()) return found;
  }
  return undefined;
}
