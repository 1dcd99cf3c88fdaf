/** Where a prospect is, as far as a free-text LinkedIn location tells: country, time zone, language area. */
export type DachCountry = "DE" | "AT" | "CH";

export interface Region {
  country?: DachCountry;
  timeZone?: string;
  /** True for German-speaking places; false for e.g. Geneva; undefined when unknown. */
  germanSpeaking?: boolean;
}

interface Place {
  pattern: RegExp;
  region: Region;
}

const DE: Region = { country: "DE", timeZone: "Europe/Berlin", germanSpeaking: true };
const AT: Region = { country: "AT", timeZone: "Europe/Vienna", germanSpeaking: true };
const CH: Region = { country: "CH", timeZone: "Europe/Zurich", germanSpeaking: true };
const CH_ROMAND: Region = { country: "CH", timeZone: "Europe/Zurich", germanSpeaking: false };

// Order matters: French- and Italian-speaking Swiss cities before the country names.
const PLACES: Place[] = [
  {
    pattern: /\b(gen[eè]ve|geneva|genf|lausanne|neuch[aâ]tel|fribourg|sion|lugano|locarno|bellinzona)\b/i,
    region: CH_ROMAND,
  },
  {
    pattern:
      /\b(schweiz|switzerland|suisse|svizzera|z[uü]rich|bern|basel|luzern|lucerne|st\.? ?gallen|winterthur|zug)\b/i,
    region: CH,
  },
  { pattern: /\b([oö]sterreich|austria|wien|vienna|graz|linz|salzburg|innsbruck|klagenfurt)\b/i, region: AT },
  {
    pattern:
      /\b(deutschland|germany|berlin|hamburg|m[uü]nchen|munich|k[oö]ln|cologne|frankfurt|stuttgart|d[uü]sseldorf|leipzig|dresden|hannover|n[uü]rnberg|bremen|essen|dortmund|bonn|mannheim|karlsruhe)\b/i,
    region: DE,
  },
  { pattern: /\bDACH\b/, region: { germanSpeaking: true } },
];

/** Time zones for a few frequent non-DACH locations; everything else stays unknown. */
const ZONES: [RegExp, string][] = [
  [/\b(new york|boston|miami|atlanta|toronto|washington)\b/i, "America/New_York"],
  [/\b(chicago|austin|dallas|houston)\b/i, "America/Chicago"],
  [/\b(san francisco|los angeles|seattle|bay area)\b/i, "America/Los_Angeles"],
  [/\b(london|united kingdom|england)\b/i, "Europe/London"],
  [/\b(amsterdam|netherlands|niederlande)\b/i, "Europe/Amsterdam"],
  [/\b(paris|france|frankreich)\b/i, "Europe/Paris"],
];

export function detectRegion(location: string | undefined): Region {
  if (!location) return {};
  const place = PLACES.find((candidate) => candidate.pattern.test(location));
  if (place) return place.region;
  const zone = ZONES.find(([pattern]) => pattern.test(location));
  return zone ? { timeZone: zone[1], germanSpeaking: false } : { germanSpeaking: false };
}
