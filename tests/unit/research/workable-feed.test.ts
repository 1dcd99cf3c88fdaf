import { describe, expect, test } from "vitest";
import { pageResearchSchema } from "@/lib/research/types";
import { workableFeedResearch, workableFeedUrl } from "@/lib/research/workable-feed";

const board = "https://apply.workable.com/seeadler-software/";

describe("workableFeedUrl", () => {
  test("the account's feed, from the board or one of its jobs", () => {
    const feed = "https://apply.workable.com/api/v1/widget/accounts/seeadler-software";
    expect(workableFeedUrl(board)).toBe(feed);
    expect(workableFeedUrl("https://apply.workable.com/Seeadler-Software/j/A1B2C3D4E5/")).toBe(feed);
  });

  test("no feed for short links without an account, other hosts, or odd account names", () => {
    expect(workableFeedUrl("https://apply.workable.com/j/A1B2C3D4E5")).toBeUndefined();
    expect(workableFeedUrl("https://apply.workable.com/")).toBeUndefined();
    expect(workableFeedUrl("https://apply.workable.com/api/v1/widget/accounts/x")).toBeUndefined();
    expect(workableFeedUrl("https://jobs.lever.co/seeadler")).toBeUndefined();
    expect(workableFeedUrl("https://apply.workable.com/%2e%2e/")).toBeUndefined();
    expect(workableFeedUrl("not a url")).toBeUndefined();
  });
});

describe("workableFeedResearch", () => {
  const feed = {
    name: "Seeadler Software",
    jobs: [
      {
        title: " Senior Frontend Engineer (m/w/d) ",
        department: "Engineering",
        employment_type: "Full-time",
        telecommuting: false,
        url: "https://apply.workable.com/seeadler-software/j/A1B2C3D4E5/",
        published_on: "2026-10-02",
        city: "Rostock",
        state: "Mecklenburg-Vorpommern",
        country: "Germany",
      },
      { title: "Customer Success Manager", telecommuting: true, created_at: "2026-09-14T08:00:00Z" },
      {
        title: "Werkstudent Marketing",
        city: "",
        country: "",
        locations: [{ city: "Stralsund", country: "Germany", region: "MV" }],
      },
      { department: "Sales" },
      { title: 42 },
      "not an opening",
    ],
  };

  test("every well-formed opening becomes a job with department, place, type, date and address", () => {
    const research = workableFeedResearch(JSON.stringify(feed), board);
    expect(research?.jobs).toEqual([
      {
        title: "Senior Frontend Engineer (m/w/d)",
        department: "Engineering",
        location: "Rostock, Germany",
        url: "https://apply.workable.com/seeadler-software/j/A1B2C3D4E5/",
        employmentType: "Full-time",
        datePosted: "2026-10-02",
        seniority: "senior",
        source: "workable",
      },
      expect.objectContaining({ title: "Customer Success Manager", location: "Remote", datePosted: "2026-09-14" }),
      expect.objectContaining({ title: "Werkstudent Marketing", location: "Stralsund, Germany" }),
    ]);
    expect(research?.signals.map((signal) => signal.summary)).toEqual([
      "Hiring: 3 open roles (1 engineering, 1 customer success, 1 marketing)",
    ]);
    expect(research?.kind).toBe("job-board");
    expect(pageResearchSchema.safeParse(research).success).toBe(true);
  });

  test("text that is no feed gives no research; an empty feed gives a board without jobs", () => {
    for (const text of ["<html></html>", "", "null", '{"jobs":"many"}', '{"name":"x"}', "{".repeat(10_000)]) {
      expect(workableFeedResearch(text, board)).toBeUndefined();
    }
    expect(workableFeedResearch('{"jobs":[]}', board)).toMatchObject({ jobs: [], signals: [] });
  });

  test("a job address that is not a web address is left out", () => {
    const odd = { jobs: [{ title: "Data Engineer", url: "javascript:alert(1)", shortlink: "http://x.example/j" }] };
    expect(workableFeedResearch(JSON.stringify(odd), board)?.jobs[0]?.url).toBeUndefined();
  });
});
