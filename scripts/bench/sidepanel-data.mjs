// Fictional prospects for the side panel bench and the queue e2e test, and a seeder that
// writes them straight into the extension's IndexedDB. All people and companies are invented.
const day = 86_400_000;
const firsts = [
  "Anna",
  "Jörg",
  "Zoë",
  "Katrin",
  "Mehmet",
  "Søren",
  "Élodie",
  "Lukas",
  "Mia",
  "Paul",
  "Ayşe",
  "Jonas",
  "Clara",
  "Finn",
  "Ida",
  "Noah",
  "Emma",
  "Luca",
  "Lea",
  "Timo",
];
const lasts = [
  "Müller",
  "Schäfer",
  "Weber",
  "Krüger",
  "Öztürk",
  "Hoffmann",
  "Dubois",
  "Nowak",
  "Fischer",
  "Wagner",
  "Becker",
  "Koch",
  "Richter",
  "Wolf",
  "Neumann",
  "Braun",
  "Hartmann",
  "Lange",
  "Meyer",
  "Bauer",
  "Groß",
  "Jäger",
  "Peña",
];
const brands = [
  "Nordwind",
  "Polarstern",
  "Kranich",
  "Fjordlicht",
  "Bergblick",
  "Lichtwerk",
  "Sonnenfeld",
  "Eisvogel",
  "Wellenreiter",
  "Falkenstein",
  "Lindenhof",
  "Sternwarte",
  "Möwe",
  "Küstenblau",
];
const kinds = [
  "Logistik GmbH",
  "Analytics AG",
  "Software GmbH",
  "Cloud SE",
  "Labs GmbH",
  "Systems AG",
  "Robotics GmbH",
  "Health GmbH",
];
const titles = [
  "Head of Sales",
  "VP Revenue",
  "CTO",
  "Head of Revenue Operations",
  "Geschäftsführerin",
  "Chief Marketing Officer",
  "Leiter Vertrieb",
  "Head of Growth",
  "Sales Director DACH",
  "Founder & CEO",
];
const statuses = ["new", "researching", "contacted", "replied", "meeting", "won", "lost"];
const pick = (list, i) => list[i % list.length];

function provenance(url, at) {
  return { sourceUrl: url, capturedAt: at, extractor: "linkedin-profile", extractorVersion: "bench" };
}

function tierOf(score) {
  if (score === undefined) return undefined;
  return score >= 80 ? "A" : score >= 60 ? "B" : score >= 40 ? "C" : "D";
}

/** One fictional prospect, about the size of a real capture (roles, about text, provenance). */
export function fictionalPerson(i, now, overrides = {}) {
  const name = `${pick(firsts, i)} ${pick(lasts, Math.floor(i / firsts.length))}`;
  const url = `https://www.linkedin.com/in/prospect-${i}-demo/`;
  const company = `${pick(brands, i)} ${pick(kinds, Math.floor(i / brands.length))}`;
  const at = now - (i % 90) * day;
  const score = i % 7 === 0 ? undefined : (i * 37) % 101;
  const role = (title, n) => ({
    title,
    companyName: company,
    current: n === 0,
    start: { year: 2020 - n * 3, month: 4 },
  });
  const source = provenance(url, at);
  return {
    id: `person-${i}`,
    name,
    headline: `${pick(titles, i)} at ${company}`,
    location: pick(["Hamburg, Germany", "Wien, Österreich", "Zürich, Schweiz", "München, Germany"], i),
    about: `Building revenue teams that forecast with confidence. ${"Pipeline reviews, CRM hygiene and territory planning. ".repeat(4)}`,
    currentRoles: [role(pick(titles, i), 0)],
    experience: [role(pick(titles, i), 0), role(pick(titles, i + 3), 1), role(pick(titles, i + 5), 2)],
    profileUrl: url,
    companyId: `company-${i % (brands.length * kinds.length)}`,
    status: pick(statuses, i),
    score,
    tier: tierOf(score),
    sources: { name: source, headline: source, location: source, about: source, currentRoles: source },
    history: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** `count` prospects, their companies, and signals for every third person and fourth company. */
export function fictionalProspects(count, now) {
  const people = Array.from({ length: count }, (_, i) => fictionalPerson(i, now));
  const companies = Array.from({ length: brands.length * kinds.length }, (_, i) => ({
    id: `company-${i}`,
    name: `${pick(brands, i)} ${pick(kinds, Math.floor(i / brands.length))}`,
    sources: {},
    history: [],
    createdAt: now,
    updatedAt: now,
  }));
  const signal = (id, type, owner, date) => ({
    id,
    type,
    ...owner,
    summary: `Fictional ${type} signal`,
    date,
    provenance: provenance("https://www.linkedin.com/in/prospect-demo/", date),
  });
  const signals = [
    ...people
      .filter((_, i) => i % 3 === 0)
      .map((p, i) =>
        signal(
          `signal-p${i}`,
          pick(["job-change", "post", "leadership-change"], i),
          { personId: p.id },
          now - (i % 60) * day,
        ),
      ),
    ...companies
      .filter((_, i) => i % 4 === 0)
      .map((c, i) =>
        signal(
          `signal-c${i}`,
          pick(["funding", "hiring", "headcount-growth"], i),
          { companyId: c.id },
          now - (i % 45) * day,
        ),
      ),
  ];
  return { people, companies, signals, outreachEvents: [] };
}

/**
 * Writes records straight into the extension's IndexedDB from one of its pages, once the
 * extension has created the database. Dexie in open pages does not see raw writes: reload them.
 */
export async function seedDatabase(page, data) {
  const tables = Object.entries(data);
  const chunk = 2000;
  for (const [table, rows] of tables) {
    for (let start = 0; start < rows.length; start += chunk) {
      await page.evaluate(
        async ({ table, rows }) => {
          const open = () =>
            new Promise((done, fail) => {
              const request = indexedDB.open("prospect-scout");
              request.onsuccess = () => done(request.result);
              request.onerror = () => fail(request.error);
            });
          const wait = () => new Promise((done) => setTimeout(done, 100));
          // Opening a database that does not exist would create an empty one: wait for the extension's.
          for (let tries = 0; tries < 100; tries++) {
            if ((await indexedDB.databases()).some((info) => info.name === "prospect-scout")) break;
            await wait();
          }
          let db = await open();
          for (let tries = 0; !db.objectStoreNames.contains(table) && tries < 50; tries++) {
            db.close();
            await wait();
            db = await open();
          }
          const tx = db.transaction(table, "readwrite");
          for (const row of rows) tx.objectStore(table).put(row);
          await new Promise((done, fail) => {
            tx.oncomplete = done;
            tx.onerror = () => fail(tx.error);
          });
          db.close();
        },
        { table, rows: rows.slice(start, start + chunk) },
      );
    }
  }
}
