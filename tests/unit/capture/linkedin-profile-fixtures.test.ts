import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { extractLinkedInProfile } from "../../../lib/capture/linkedin/profile";
import { type PersonFields, personCaptureSchema } from "../../../lib/model";

/** One folder per case: source.html (a page written for the test, fictional people) and expected.json. */
const root = join(__dirname, "../../fixtures/linkedin-profile");
const now = Date.UTC(2026, 0, 15);

interface Expected {
  url: string;
  /** The expected fields (only those the page shows), or null when no person may be captured. */
  person: Partial<PersonFields> | null;
  mustNotMatch?: string[];
}

function capture(folder: string) {
  const expected = JSON.parse(readFileSync(join(root, folder, "expected.json"), "utf8")) as Expected;
  const html = readFileSync(join(root, folder, "source.html"), "utf8");
  const window = new Window({ url: expected.url, settings: { disableJavaScriptEvaluation: true } });
  const doc = new window.DOMParser().parseFromString(html, "text/html") as unknown as Document;
  return { expected, result: extractLinkedInProfile(doc, expected.url, now) };
}

describe.each(readdirSync(root))("LinkedIn profile fixture %s", (folder) => {
  const { expected, result } = capture(folder);

  it("returns a valid capture of the profile in the address bar", () => {
    expect(result).toBeDefined();
    expect(personCaptureSchema.parse(result)).toBeTruthy();
  });

  if (expected.person === null) {
    it("captures no person", () => {
      expect(result?.person).toBeUndefined();
      expect(result?.health.missing).toContain("name");
    });
  } else {
    for (const [field, value] of Object.entries(expected.person)) {
      it(`reads ${field}`, () => {
        expect(result?.person?.[field as keyof PersonFields]).toMatchObject(value as object);
        expect(result?.health.found[field]).toBeTruthy();
      });
    }
  }

  it("stores nobody else's data", () => {
    const json = JSON.stringify(result);
    for (const foreign of expected.mustNotMatch ?? []) expect(json).not.toContain(foreign);
  });
});

function parse(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  return new window.DOMParser().parseFromString(html, "text/html") as unknown as Document;
}

describe("LinkedIn profile edge cases", () => {
  const url = "https://www.linkedin.com/in/lena-hoffmann-4a1b2c/";

  it("lists every field as missing when the page shows no name", () => {
    const result = extractLinkedInProfile(parse("<main><p>Nothing here</p></main>", url), url, now);
    expect(result?.person).toBeUndefined();
    expect(result?.health.missing).toEqual(expect.arrayContaining(["name", "headline", "experience"]));
  });

  it("takes an unlinked heading as the name only when the slug confirms it", () => {
    const page = (name: string) => `<main><section><h2>${name}</h2><p>Head of Data</p></section></main>`;
    expect(extractLinkedInProfile(parse(page("Lena Hoffmann"), url), url, now)?.person?.name).toBe("Lena Hoffmann");
    expect(extractLinkedInProfile(parse(page("Highlights"), url), url, now)?.person).toBeUndefined();
  });

  it("reads nothing on addresses that are not profiles", () => {
    expect(extractLinkedInProfile(parse("<h1>Feed</h1>", url), "https://www.linkedin.com/feed/", now)).toBeUndefined();
  });

  it("reads the older Voyager form: a MiniProfile with the slug, a Profile pointing to it, positions by id", () => {
    const included = [
      {
        $type: "com.linkedin.voyager.identity.shared.MiniProfile",
        entityUrn: "urn:li:fs_miniProfile:ACoAAOld000001",
        publicIdentifier: "lena-hoffmann-4a1b2c",
        firstName: "Lena",
        lastName: "Hoffmann",
        occupation: "Data Lead",
      },
      {
        $type: "com.linkedin.voyager.identity.profile.Profile",
        entityUrn: "urn:li:fs_profile:ACoAAOld000001",
        "*miniProfile": "urn:li:fs_miniProfile:ACoAAOld000001",
        headline: "Head of Data at Nordlicht",
        locationName: "Hamburg, Germany",
        summary: "Data platforms.",
      },
      {
        $type: "com.linkedin.voyager.identity.profile.Position",
        entityUrn: "urn:li:fs_position:(ACoAAOld000001,1)",
        title: "Head of Data",
        companyName: "Nordlicht Analytics GmbH",
        companyUrn: "urn:li:fs_miniCompany:4815162",
        timePeriod: { startDate: { year: 2021, month: 4 } },
      },
      {
        $type: "com.linkedin.voyager.identity.shared.MiniProfile",
        entityUrn: "urn:li:fs_miniProfile:ACoAAViewer",
        publicIdentifier: "jonas-becker",
        firstName: "Jonas",
        lastName: "Becker",
      },
    ];
    const html = `<code>${JSON.stringify({ data: {}, included }).replace(/</g, "&lt;")}</code><main><p>Loading</p></main>`;
    const person = extractLinkedInProfile(parse(html, url), url, now)?.person;
    expect(person).toMatchObject({
      name: "Lena Hoffmann",
      headline: "Head of Data at Nordlicht",
      location: "Hamburg, Germany",
      about: "Data platforms.",
      currentRoles: [
        { title: "Head of Data", companyLinkedInUrl: "https://www.linkedin.com/company/4815162/", current: true },
      ],
    });
    expect(JSON.stringify(person)).not.toContain("Becker");
  });

  // Parsing 10 MB in the test's DOM takes seconds on a busy machine: the timeout guards against a hang,
  // and the capture's speed is measured in `npm run bench`, not here.
  it("reads a 10 MB page without throwing and keeps its activity bounded", { timeout: 60_000 }, () => {
    const post = `<li><p>1w •</p><p>${"A long post about data platforms and contracts. ".repeat(20)}</p><a href="https://www.linkedin.com/feed/update/urn:li:activity:1/">Open</a></li>`;
    const html = `<title>Lena Hoffmann | LinkedIn</title><code>{"included":[${'{"a":1},'.repeat(200_000)}</code><main>
      <section><a href="${url}"><h2>Lena Hoffmann</h2></a><p>Head of Data</p></section>
      <section><h2>Activity</h2><ul>${post.repeat(8_000)}</ul></section></main>`;
    expect(html.length).toBeGreaterThan(9_000_000);
    const result = extractLinkedInProfile(parse(html, url), url, now);
    expect(result?.person?.name).toBe("Lena Hoffmann");
    expect(result?.person?.activity?.length).toBeLessThanOrEqual(10);
  });
});
