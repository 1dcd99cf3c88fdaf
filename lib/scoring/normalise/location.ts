import { cityRows, countryRows, regionRows, usStateAbbreviations } from "./location-data";
import { fold, memoise } from "./text";

/** A normalised place: ISO 3166-1 country, ISO 3166-2 region, canonical English city name. */
export type Place = { country?: string; region?: string; city?: string };

/** Country presets the ICP editor offers as one click. */
export const geoPresets = {
  DACH: ["DE", "AT", "CH"],
  Benelux: ["BE", "NL", "LU"],
  Nordics: ["DK", "SE", "NO", "FI"],
} as const satisfies Record<string, readonly string[]>;

type Lookup = Map<string, Place>;

// Declared before the lookups: building them strips metro wrappers from the aliases.
const METRO_PREFIX = /^(greater|grossraum|metropolregion|region|metropolitan area of|stadt|city of)\s+/;
const METRO_SUFFIX =
  /\s+(metropolitan area|metropolitan region|metro area|metropolregion|area|region|und umgebung|and surroundings|city)$/;

const countries = buildLookup(countryRows, (_name, code) => ({ country: code }));
const regions = buildLookup(regionRows, (_name, code) => ({ country: countryOf(code), region: code }));
const countryCodes = new Set(countryRows.map((row) => row.split("|")[1]));
const cities = buildLookup(cityRows, (name, code) => ({
  country: countryOf(code),
  region: regionOf(code),
  city: name,
}));

/**
 * "Greater Munich Metropolitan Area", "Großraum München", "Wien, Österreich",
 * "San Francisco Bay Area", "Seattle, Washington, United States" → country, region, city.
 * The first part is read as a city first, later parts as a country or region first,
 * because LinkedIn writes places from the most to the least specific.
 */
export const normaliseLocation = memoise((text: string): Place | undefined => {
  const parts = text
    .split(/[,·|]/)
    .map((part) => part.trim())
    .filter(Boolean);
  const place: Place = {};
  for (let index = parts.length - 1; index >= 0; index--) {
    const found = lookupPart(parts[index] ?? "", index === 0);
    if (found) mergePlace(place, found);
  }
  return place.country || place.region || place.city ? place : undefined;
});

/** ISO country code of a country name or code ("Deutschland", "de" → "DE"). */
export function countryCode(text: string): string | undefined {
  const upper = text.trim().toUpperCase();
  if (countryCodes.has(upper)) return upper;
  return countries.get(stripMetro(fold(text)))?.country;
}

function lookupPart(part: string, first: boolean): Place | undefined {
  const abbreviation = usStateAbbreviations[part];
  if (!first && abbreviation) return { country: "US", region: abbreviation };
  const key = stripMetro(fold(part));
  const order = first ? [cities, regions, countries] : [countries, regions, cities];
  for (const lookup of order) {
    const found = lookup.get(key);
    if (found) return found;
  }
  return undefined;
}

/** A more specific part that contradicts the country already read keeps only its name. */
function mergePlace(place: Place, found: Place): void {
  const conflicts = place.country !== undefined && found.country !== undefined && found.country !== place.country;
  if (conflicts) {
    place.city ??= found.city;
    return;
  }
  place.country ??= found.country;
  place.region ??= found.region;
  place.city ??= found.city;
}

function stripMetro(folded: string): string {
  let key = folded;
  for (let previous = ""; previous !== key; ) {
    previous = key;
    key = key.replace(METRO_PREFIX, "").replace(METRO_SUFFIX, "").trim();
  }
  return key;
}

function buildLookup(rows: readonly string[], toPlace: (name: string, code: string) => Place): Lookup {
  const lookup: Lookup = new Map();
  for (const row of rows) {
    const [name = "", code = "", ...aliases] = row.split("|");
    const place = toPlace(name, code);
    for (const alias of [name, ...aliases]) lookup.set(stripMetro(fold(alias)), place);
  }
  return lookup;
}

function countryOf(code: string): string {
  return code.split("-")[0] ?? code;
}

function regionOf(code: string): string | undefined {
  return code.includes("-") ? code : undefined;
}
