// The matching rules of ../shared/corpus/expected.json (see its _format): plain keys
// equal, "key~" contained, "key[]~" each contained in some entry, mustNotMatch nowhere.

const norm = (value) =>
  String(value ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

function asList(value) {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Compares one captured record (already mapped onto the corpus field names) with its expectation. */
export function matchRecord(mapped, expectation) {
  const results = [];
  for (const [key, expected] of Object.entries(expectation.expect ?? {})) {
    if (key.endsWith("[]~")) {
      const field = key.slice(0, -3);
      const entries = asList(mapped[field]).map(norm);
      for (const item of asList(expected)) {
        results.push({ field, expected: item, ok: entries.some((entry) => entry.includes(norm(item))) });
      }
    } else if (key.endsWith("~")) {
      const field = key.slice(0, -1);
      const captured = asList(mapped[field]).map(norm).join(" | ");
      results.push({ field, expected, ok: captured !== "" && captured.includes(norm(expected)) });
    } else {
      const captured = Array.isArray(mapped[key]) ? mapped[key].join(", ") : mapped[key];
      results.push({ field: key, expected, ok: norm(captured) === norm(expected) });
    }
  }
  const everything = norm(JSON.stringify(mapped.raw ?? mapped));
  for (const forbidden of asList(expectation.mustNotMatch)) {
    results.push({ field: "mustNotMatch", expected: forbidden, ok: !everything.includes(norm(forbidden)) });
  }
  return results;
}

/** A stored person in the corpus's descriptive field names. */
export function mapPerson(person) {
  if (!person) return {};
  const current = person.currentRoles ?? [];
  return {
    raw: person,
    name: person.name,
    headline: person.headline,
    location: person.location,
    currentCompany: current.map((role) => role.companyName).filter(Boolean),
    experienceCompanies: (person.experience ?? []).map((role) => role.companyName).filter(Boolean),
    educationSchools: (person.education ?? []).map((entry) => entry.school),
  };
}

/** A stored company in the corpus's descriptive field names. */
export function mapCompany(company) {
  if (!company) return {};
  return {
    raw: company,
    name: company.name,
    industry: company.industry,
    size: company.sizeBand,
    headquarters: company.headquarters,
    founded: company.founded,
    website: company.website,
    specialties: company.specialties,
    jobTitles: company.jobTitles,
    technologies: company.technologies,
  };
}
