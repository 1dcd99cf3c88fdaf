import { describe, expect, it } from "vitest";
import { jobFeedUrl, parseJobFeed } from "../../../lib/research/job-feeds";

describe("jobFeedUrl", () => {
  it.each([
    ["https://nordlicht.jobs.personio.de/", "https://nordlicht.jobs.personio.de/xml"],
    ["https://boards.greenhouse.io/brightwavelabs", "https://boards-api.greenhouse.io/v1/boards/brightwavelabs/jobs"],
    [
      "https://job-boards.greenhouse.io/embed/job_board?for=brightwavelabs",
      "https://boards-api.greenhouse.io/v1/boards/brightwavelabs/jobs",
    ],
    ["https://jobs.lever.co/brightwavelabs", "https://api.lever.co/v0/postings/brightwavelabs?mode=json"],
    ["https://jobs.ashbyhq.com/brightwave", "https://api.ashbyhq.com/posting-api/job-board/brightwave"],
    ["https://brightwave.recruitee.com/", "https://brightwave.recruitee.com/api/offers/"],
    ["https://www.brightwave.example/careers", undefined],
  ])("%s → %s", (board, feed) => {
    expect(jobFeedUrl(board)).toBe(feed);
  });
});

describe("parseJobFeed", () => {
  it("reads Personio XML", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><workzag-jobs>
      <position><id>1200001</id><office>Hamburg</office><department>Engineering</department>
      <name>Senior Data Engineer (m/w/d)</name><employmentType>permanent</employmentType><createdAt>2025-09-15T08:00:00+00:00</createdAt></position>
      <position><id>1200002</id><name></name></position></workzag-jobs>`;
    expect(parseJobFeed("https://nordlicht.jobs.personio.de/xml", xml)).toEqual([
      {
        title: "Senior Data Engineer (m/w/d)",
        url: "https://nordlicht.jobs.personio.de/job/1200001",
        location: "Hamburg",
        department: "Engineering",
        employmentType: "permanent",
        datePosted: "2025-09-15",
        seniority: "senior",
        source: "personio",
      },
    ]);
  });

  it("reads Greenhouse, Lever and Ashby JSON", () => {
    const greenhouse = JSON.stringify({
      jobs: [
        {
          title: "Head of Sales",
          absolute_url: "https://x/1",
          location: { name: "Berlin" },
          departments: [{ name: "Sales" }],
        },
      ],
    });
    expect(parseJobFeed("https://boards-api.greenhouse.io/v1/boards/x/jobs", greenhouse)[0]).toMatchObject({
      title: "Head of Sales",
      location: "Berlin",
      department: "Sales",
      seniority: "head",
    });
    const lever = JSON.stringify([
      { text: "Product Marketing Lead", categories: { team: "Marketing", location: "Remote" } },
    ]);
    expect(parseJobFeed("https://api.lever.co/v0/postings/x?mode=json", lever)[0]).toMatchObject({
      department: "Marketing",
      location: "Remote",
      source: "lever",
    });
    const ashby = JSON.stringify({ jobs: [{ title: "Data Scientist", department: "Data", location: "Vienna" }] });
    expect(parseJobFeed("https://api.ashbyhq.com/posting-api/job-board/x", ashby)[0]).toMatchObject({
      source: "ashby",
    });
  });

  it("returns nothing for malformed bodies", () => {
    expect(parseJobFeed("https://api.lever.co/v0/postings/x", "<html>")).toEqual([]);
    expect(parseJobFeed("https://boards-api.greenhouse.io/v1/boards/x/jobs", '{"jobs": "nope"}')).toEqual([]);
  });
});
