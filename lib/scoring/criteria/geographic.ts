import type { Company } from "../../model/company";
import type { CriterionOf } from "../../model/icp";
import type { Person } from "../../model/person";
import { fieldEvidence } from "../evidence";
import { normaliseLocation, type Place } from "../normalise/location";
import { type Evaluate, type Evidence, judged, unknown } from "../types";

/**
 * Matches when the country, region or city is one of the wanted ones. A place known only
 * at a coarser level than asked ("Germany" when Munich is wanted) stays unknown, unless
 * its country rules the wanted places out.
 */
export function compileLocation(criterion: CriterionOf<"location">): Evaluate {
  const countries = new Set(criterion.countries);
  const regions = new Set(criterion.regions);
  const cities = new Set(criterion.cities?.map((city) => normaliseLocation(city)?.city ?? city));
  const possibleCountries = new Set([
    ...countries,
    ...[...regions].map((region) => region.slice(0, 2)),
    ...(criterion.cities ?? []).map((city) => normaliseLocation(city)?.country),
  ]);
  const whose = criterion.of ?? "company";
  return (input) => {
    const located = whose === "person" ? personPlace(input.person) : companyPlace(input.company);
    if (!located) return unknown;
    const { place, evidence } = located;
    const matched =
      (place.country !== undefined && countries.has(place.country)) ||
      (place.region !== undefined && regions.has(place.region)) ||
      (place.city !== undefined && cities.has(place.city));
    if (matched) return judged(true, evidence);
    if (place.country !== undefined && !possibleCountries.has(place.country)) return judged(false, evidence);
    const tooCoarse = (regions.size > 0 && !place.region) || (cities.size > 0 && !place.city);
    return tooCoarse ? unknown : judged(false, evidence);
  };
}

type Located = { place: Place; evidence: Evidence };

function companyPlace(company: Company | undefined): Located | undefined {
  if (!company) return undefined;
  const field = company.headquarters ? "headquarters" : "locations";
  const text = company.headquarters ?? company.locations?.[0];
  const place = text ? normaliseLocation(text) : undefined;
  return text && place ? { place, evidence: fieldEvidence(company.sources, field, text) } : undefined;
}

function personPlace(person: Person | undefined): Located | undefined {
  const place = person?.location ? normaliseLocation(person.location) : undefined;
  if (!person?.location || !place) return undefined;
  return { place, evidence: fieldEvidence(person.sources, "location", person.location) };
}
