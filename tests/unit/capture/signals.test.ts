import { describe, expect, test } from "vitest";
import { deriveSignals, withoutStoredSignals } from "@/lib/capture/signals";
import type { Company, CompanyCapture, Person, PersonCapture, Position } from "@/lib/model";

const capturedAt = Date.UTC(2026, 10, 27);
const day = 86_400_000;

function personCapture(
  roles: Position[],
  activity: NonNullable<PersonCapture["person"]>["activity"] = [],
): PersonCapture {
  return {
    kind: "person",
    url: "https://www.linkedin.com/in/lena-hoffmann-demo/",
    profileUrl: "https://www.linkedin.com/in/lena-hoffmann-demo/",
    capturedAt,
    extractor: "linkedin-profile",
    extractorVersion: "test",
    health: { found: {}, missing: [] },
    strategies: { currentRoles: "dom-experience", activity: "dom-activity" },
    person: { name: "Lena Hoffmann", currentRoles: roles, activity },
  };
}

function storedPerson(roles: Position[]): Person {
  return {
    id: "p1",
    name: "Lena Hoffmann",
    profileUrl: "https://www.linkedin.com/in/lena-hoffmann-demo/",
    status: "new",
    currentRoles: roles,
    sources: {},
    history: [],
    createdAt: 0,
    updatedAt: 0,
  };
}

function companyCapture(company: Partial<NonNullable<CompanyCapture["company"]>>): CompanyCapture {
  return {
    kind: "company",
    url: "https://www.linkedin.com/company/brightwave-labs/jobs/",
    linkedinUrl: "https://www.linkedin.com/company/brightwave-labs/",
    capturedAt,
    extractor: "linkedin-company",
    extractorVersion: "test",
    health: { found: {}, missing: [] },
    strategies: { openJobs: "dom-jobs", funding: "code-json" },
    company: { name: "Brightwave Labs", ...company },
  };
}

const role = (title: string, companyName: string, start?: Position["start"]): Position => ({
  title,
  companyName,
  start,
  current: true,
});

describe("person signals", () => {
  test("a role started within 90 days is a job change, dated at its start", () => {
    const [signal, ...rest] = deriveSignals({
      capture: personCapture([role("Head of Sales", "Brightwave Labs", { year: 2026, month: 10 })]),
      personId: "p1",
      companyId: "c1",
    });
    expect(rest).toEqual([]);
    expect(signal).toMatchObject({
      type: "job-change",
      personId: "p1",
      companyId: "c1",
      summary: "Started as Head of Sales at Brightwave Labs (since Oct 2026)",
      date: Date.UTC(2026, 9, 1),
      provenance: {
        sourceUrl: "https://www.linkedin.com/in/lena-hoffmann-demo/",
        capturedAt,
        extractor: "linkedin-profile",
        extractorVersion: "test",
        strategy: "dom-experience",
      },
    });
  });

  test("an old role is no signal on a first visit", () => {
    expect(
      deriveSignals({ capture: personCapture([role("CFO", "Brightwave Labs", { year: 2019, month: 4 })]) }),
    ).toEqual([]);
  });

  test("a role that differs from the stored one is a job change, with the previous role quoted", () => {
    const [signal] = deriveSignals({
      capture: personCapture([role("VP Sales", "Kestrel Freight")]),
      previous: storedPerson([role("Head of Sales", "Brightwave Labs")]),
      personId: "p1",
    });
    expect(signal).toMatchObject({
      type: "job-change",
      summary: "Started as VP Sales at Kestrel Freight",
      quote: "Previously Head of Sales at Brightwave Labs",
      date: capturedAt,
    });
  });

  test("the same role as stored, started long ago, is no signal", () => {
    const roles = [role("Head of Sales", "Brightwave Labs", { year: 2020 })];
    expect(deriveSignals({ capture: personCapture(roles), previous: storedPerson(roles) })).toEqual([]);
  });

  test("recent posts become post signals named by their hashtags; old or undated ones do not", () => {
    const signals = deriveSignals({
      capture: personCapture(
        [],
        [
          { text: "Our #EnergyData pilot went live. #Facilities", postedAt: capturedAt - 7 * day, shownAge: "1w" },
          { text: "Looking back at 2024", postedAt: capturedAt - 90 * day },
          { text: "Undated thoughts" },
        ],
      ),
    });
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({
      type: "post",
      summary: "Posted about #EnergyData, #Facilities",
      quote: "Our #EnergyData pilot went live. #Facilities",
      date: capturedAt - 7 * day,
    });
  });

  test("a rank, a language or an anchor is no hashtag", () => {
    const posts = [
      "Our school is #2 globally in this year's ranking!",
      "Hiring C# developers for our Leipzig team",
      "Read the notes at example.com/notes#intro today",
    ];
    const topics = posts.map(
      (text) => deriveSignals({ capture: personCapture([], [{ text, postedAt: capturedAt - day }]) })[0]?.summary,
    );
    expect(topics).toEqual([
      "Posted about “Our school is #2 globally in this year's ranking!”",
      "Posted about “Hiring C# developers for our Leipzig team”",
      "Posted about “Read the notes at example.com/notes#intro today”",
    ]);
    const [tagged] = deriveSignals({
      capture: personCapture([], [{ text: "Top 3 at #2026Summit (#B2B, #1stParty)", postedAt: capturedAt - day }]),
    });
    expect(tagged?.summary).toBe("Posted about #2026Summit, #B2B, #1stParty");
  });

  test("a post without hashtags is named by its opening words", () => {
    const [signal] = deriveSignals({
      capture: personCapture([], [{ text: "We just opened our Leipzig office", postedAt: capturedAt - day }]),
    });
    expect(signal?.summary).toBe("Posted about “We just opened our Leipzig office”");
  });
});

describe("company signals", () => {
  test("open jobs are a hiring signal listing the titles", () => {
    const [signal] = deriveSignals({
      capture: companyCapture({ openJobs: 3, jobTitles: ["Senior Data Engineer", "Customer Success Manager"] }),
      companyId: "c1",
    });
    expect(signal).toMatchObject({
      type: "hiring",
      companyId: "c1",
      summary: "Hiring: 3 open roles (Senior Data Engineer, Customer Success Manager)",
      date: capturedAt,
      provenance: { strategy: "dom-jobs" },
    });
  });

  test("headcount growth since the stored visit, with the percentage", () => {
    const previous = { id: "c1", name: "Brightwave Labs", employeesOnLinkedIn: 40 } as Company;
    const signals = deriveSignals({ capture: companyCapture({ employeesOnLinkedIn: 46 }), previous, companyId: "c1" });
    expect(signals.map((signal) => signal.summary)).toEqual([
      "Headcount on LinkedIn grew 15% since the last visit (40 → 46)",
    ]);
    const shrunk = deriveSignals({ capture: companyCapture({ employeesOnLinkedIn: 38 }), previous });
    expect(shrunk).toEqual([]);
  });

  test("a funding round shown is a funding signal dated at its announcement", () => {
    const [signal] = deriveSignals({
      capture: companyCapture({
        funding: [
          {
            round: "Series A",
            amount: 12_000_000,
            currency: "EUR",
            date: "2025-02-11",
            investors: ["Fjordlight Ventures"],
          },
        ],
      }),
    });
    expect(signal).toMatchObject({
      type: "funding",
      summary: "Raised €12M (Series A) on 2025-02-11, investors: Fjordlight Ventures",
      date: Date.UTC(2025, 1, 11),
      provenance: { strategy: "code-json" },
    });
  });

  test("a capture without a company gives no signals", () => {
    const capture = { ...companyCapture({}), company: undefined };
    expect(deriveSignals({ capture })).toEqual([]);
  });
});

describe("withoutStoredSignals", () => {
  test("drops signals already stored for the same subject, and repeats within the batch", () => {
    const capture = companyCapture({ openJobs: 2 });
    const [stored] = deriveSignals({ capture, companyId: "c1" });
    const again = deriveSignals({ capture, companyId: "c1" });
    const otherCompany = deriveSignals({ capture, companyId: "c2" });
    expect(withoutStoredSignals(again, stored ? [stored] : [])).toEqual([]);
    expect(withoutStoredSignals([...otherCompany, ...otherCompany], [])).toHaveLength(1);
  });
});
