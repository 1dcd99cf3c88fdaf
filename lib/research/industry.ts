import { regexSet, whichOf } from "./regex-set";

/** Industry hints: a small vocabulary matched in the company's own description and title. */

// German joins words into one: "Aufzugsberatung", "Werbeagentur", "Kontraktlogistik" name an industry
// by their last part, so these heads may follow any lower-case first part.
const compound = "[a-zäöüß]*";

export const industryVocabulary: readonly (readonly [string, RegExp])[] = [
  ["Software / SaaS", new RegExp(`\\b(saas|${compound}software|plattform|platform)\\b`, "i")],
  ["Analytics / Data", /\b(analytics|data|daten|business intelligence|bi)\b/i],
  ["Artificial intelligence", /\b(ai|ki|artificial intelligence|künstliche intelligenz|machine learning)\b/i],
  ["Fintech", /\b(fintech|payments?|banking|zahlungs\w*)\b/i],
  [
    "Healthcare",
    /\b(health(?:care|tech)?|medical|medizin\w*|gesundheit\w*|klinik\w*|hospitals?|patient\w*|pharma\w*)\b/i,
  ],
  ["E-commerce / Retail", /\b(e-?commerce|online-?shop|retail\w*|einzelhandel|onlineshop)\b/i],
  ["Logistics", new RegExp(`\\b(logistics|${compound}logistik|shipping|versand|supply chain|lieferkette)\\b`, "i")],
  // A brand may end in the word ("Nordconsult").
  ["Consulting", new RegExp(`\\b([a-z]*consult\\w*|${compound}beratung|${compound}berater\\w*|advisory)\\b`, "i")],
  ["Marketing / Agency", new RegExp(`\\b(agency|${compound}agentur|marketing|werbung|advertising)\\b`, "i")],
  ["Manufacturing / Industrial", /\b(manufactur\w*|maschinenbau|industrie\w*|industrial|fertigung|produktion)\b/i],
  ["Automotive", /\b(automotive|fahrzeug\w*|automobil\w*|aftersales)\b/i],
  ["Cybersecurity", /\b(security|cybersecurity|it-sicherheit|fraud|betrug)\b/i],
  [
    "HR / Recruiting",
    /\b(hr|recruiting|human resources|personal(?:wesen|abteilung|management|vermittlung|beratung|planung|entwicklung|suche|beschaffung|dienstleist\w*)|talent)\b/i,
  ],
  [
    "Education",
    /\b(education|bildung|weiterbildung|e-?learning|trainings?(?:anbieter|angebot\w*| courses?| provider)|schulung\w*)\b/i,
  ],
  ["Real estate", new RegExp(`\\b(real estate|${compound}immobilien\\w*|proptech)\\b`, "i")],
  [
    "Energy",
    new RegExp(`\\b(energy|${compound}energie\\w*|solar\\w*|photovoltai\\w*|renewables?|erneuerbar\\w*)\\b`, "i"),
  ],
  ["Insurance", new RegExp(`\\b(insurance|${compound}versicherung\\w*|insurtech)\\b`, "i")],
  ["Legal", /\b(legal ?tech|law firm|kanzlei|rechtsanw\w*)\b/i],
  ["Research / UX", /\b(user research|ux research|customer research|marktforschung)\b/i],
  ["Developer tools / Open source", /\b(open source|open-source|developer tools?|devops|ide)\b/i],
];

// All industries in one expression: a description is read once, not once per industry.
const anyIndustry = regexSet(
  industryVocabulary.map(([, pattern]) => pattern),
  "gi",
);

// "Maschinen für die Pharmaindustrie", "software for the logistics sector": the market served, not the
// company's own field. Only with the article: "Gesellschaft für Datenanalyse" names its own.
// Case matters: a capitalised German noun between ("für den Mittelstand mit KI") ends the market's name.
const servedMarket =
  /\b(?:[Ff]ür|[Ff]uer|[Ff]or)\s+(?:die|den|das|the)\s+(?:(?!(?:mit|with|in|im|von|of|on|zur|zum|und|and)\s)(?:\p{Ll}\p{L}*|\p{L}+-)\s+|(?:und|and)\s+){0,3}$/u;

// "mit persönlicher Beratung", "free consultation": advice as the manner of a trade's service, not its field.
const adviceManner =
  /\b(?:(?:persönlich|individuell|kompetent|kostenlos|unverbindlich|fachkundig|umfassend|ausführlich|ehrlich|professionell|freundlich)(?:e[nrms]?)?|personal|free|friendly|professional)\s+$/i;
const consulting = industryVocabulary.findIndex(([label]) => label === "Consulting");

export function industryHints(texts: readonly string[]): string[] {
  const text = texts.join(" \n ");
  const found = new Set<number>();
  for (const match of text.matchAll(anyIndustry.pattern)) {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 60), match.index);
    const industry = whichOf(anyIndustry, match);
    if (servedMarket.test(before) || (industry === consulting && adviceManner.test(before))) continue;
    found.add(industry);
  }
  return industryVocabulary.filter((_, index) => found.has(index)).map(([label]) => label);
}
