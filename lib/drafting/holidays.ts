/**
 * Public holidays of Germany, Austria and Switzerland, computed (no data files, any year).
 *
 * Included:
 * - DE: the nine nationwide holidays (Neujahr, Karfreitag, Ostermontag, Tag der Arbeit,
 *   Christi Himmelfahrt, Pfingstmontag, Tag der Deutschen Einheit, 1. and 2. Weihnachtstag).
 *   Regional ones only with a subdivision (ISO 3166-2, e.g. "DE-BY"): Heilige Drei Könige
 *   (BW, BY, ST), Frauentag (BE, MV), Fronleichnam (BW, BY, HE, NW, RP, SL), Mariä Himmelfahrt
 *   (SL), Weltkindertag (TH), Reformationstag (BB, HB, HH, MV, NI, SN, ST, SH, TH),
 *   Allerheiligen (BW, BY, NW, RP, SL), Buß- und Bettag (SN).
 * - AT: all thirteen national holidays (incl. Heilige Drei Könige, Fronleichnam, Mariä
 *   Himmelfahrt, Nationalfeiertag, Allerheiligen, Mariä Empfängnis). Karfreitag is not one since 2019.
 * - CH: only the Bundesfeier (1 August) is federal; the days observed in (nearly) all cantons are
 *   treated as national: Neujahr, Berchtoldstag, Karfreitag, Ostermontag, Auffahrt, Pfingstmontag,
 *   Weihnachtstag, Stephanstag. Fronleichnam with a subdivision of a Catholic canton
 *   (CH-LU, UR, SZ, OW, NW, ZG, FR, SO, AI, TI, VS, JU).
 * Not included: half days (24 and 31 December), municipal holidays, Swiss Labour Day.
 */
import type { DachCountry } from "./region";

export interface Holiday {
  /** Local calendar date, "YYYY-MM-DD". */
  date: string;
  name: string;
}

type Rule = {
  name: string;
  /** Fixed [month, day] or an offset in days from Easter Sunday. */
  at: { fixed: [number, number] } | { easter: number } | { bussUndBettag: true };
  /** Countries where it is national. */
  national: DachCountry[];
  /** Subdivisions where it is regional. */
  regional?: string[];
};

const RULES: Rule[] = [
  { name: "Neujahr", at: { fixed: [1, 1] }, national: ["DE", "AT", "CH"] },
  { name: "Berchtoldstag", at: { fixed: [1, 2] }, national: ["CH"] },
  { name: "Heilige Drei Könige", at: { fixed: [1, 6] }, national: ["AT"], regional: ["DE-BW", "DE-BY", "DE-ST"] },
  { name: "Internationaler Frauentag", at: { fixed: [3, 8] }, national: [], regional: ["DE-BE", "DE-MV"] },
  { name: "Karfreitag", at: { easter: -2 }, national: ["DE", "CH"] },
  { name: "Ostermontag", at: { easter: 1 }, national: ["DE", "AT", "CH"] },
  { name: "Tag der Arbeit", at: { fixed: [5, 1] }, national: ["DE", "AT"] },
  { name: "Christi Himmelfahrt", at: { easter: 39 }, national: ["DE", "AT", "CH"] },
  { name: "Pfingstmontag", at: { easter: 50 }, national: ["DE", "AT", "CH"] },
  {
    name: "Fronleichnam",
    at: { easter: 60 },
    national: ["AT"],
    regional: ["DE-BW", "DE-BY", "DE-HE", "DE-NW", "DE-RP", "DE-SL"].concat(
      ["LU", "UR", "SZ", "OW", "NW", "ZG", "FR", "SO", "AI", "TI", "VS", "JU"].map((canton) => `CH-${canton}`),
    ),
  },
  { name: "Bundesfeier", at: { fixed: [8, 1] }, national: ["CH"] },
  { name: "Mariä Himmelfahrt", at: { fixed: [8, 15] }, national: ["AT"], regional: ["DE-SL"] },
  { name: "Weltkindertag", at: { fixed: [9, 20] }, national: [], regional: ["DE-TH"] },
  { name: "Tag der Deutschen Einheit", at: { fixed: [10, 3] }, national: ["DE"] },
  { name: "Nationalfeiertag", at: { fixed: [10, 26] }, national: ["AT"] },
  {
    name: "Reformationstag",
    at: { fixed: [10, 31] },
    national: [],
    regional: ["DE-BB", "DE-HB", "DE-HH", "DE-MV", "DE-NI", "DE-SN", "DE-ST", "DE-SH", "DE-TH"],
  },
  {
    name: "Allerheiligen",
    at: { fixed: [11, 1] },
    national: ["AT"],
    regional: ["DE-BW", "DE-BY", "DE-NW", "DE-RP", "DE-SL"],
  },
  { name: "Buß- und Bettag", at: { bussUndBettag: true }, national: [], regional: ["DE-SN"] },
  { name: "Mariä Empfängnis", at: { fixed: [12, 8] }, national: ["AT"] },
  { name: "Weihnachten", at: { fixed: [12, 25] }, national: ["DE", "AT", "CH"] },
  { name: "Stephanstag", at: { fixed: [12, 26] }, national: ["DE", "AT", "CH"] },
];

/** Easter Sunday (Gregorian), anonymous algorithm (Meeus/Jones/Butcher); month is 1-based. */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Calendar arithmetic in UTC, where days never have 23 or 25 hours. */
function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function dateOf(rule: Rule, year: number): string {
  const at = rule.at;
  if ("fixed" in at) return isoDate(year, at.fixed[0], at.fixed[1]);
  if ("easter" in at) {
    const easter = easterSunday(year);
    return isoDate(year, easter.month, easter.day + at.easter);
  }
  // Wednesday before 23 November.
  const nov23 = new Date(Date.UTC(year, 10, 23)).getUTCDay();
  return isoDate(year, 11, 23 - ((nov23 - 3 + 7) % 7 || 7));
}

function applies(rule: Rule, country: DachCountry, subdivision: string | undefined): boolean {
  return rule.national.includes(country) || (!!subdivision && !!rule.regional?.includes(subdivision.toUpperCase()));
}

export function holidaysOf(year: number, country: DachCountry, subdivision?: string): Holiday[] {
  return RULES.filter((rule) => applies(rule, country, subdivision))
    .map((rule) => ({ date: dateOf(rule, year), name: rule.name }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Whether a local date ("YYYY-MM-DD") is a holiday in any of the given places. */
export function isHoliday(date: string, places: readonly HolidayPlace[]): boolean {
  const year = Number(date.slice(0, 4));
  return places.some((place) => holidaysOf(year, place.country, place.subdivision).some((h) => h.date === date));
}

export interface HolidayPlace {
  country: DachCountry;
  subdivision?: string;
}
