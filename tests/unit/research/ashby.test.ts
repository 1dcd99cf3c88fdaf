import { describe, expect, it } from "vitest";
import { ashbyJobs } from "../../../lib/research/ashby";
import { parseHtml } from "./fixtures";

const board = "https://jobs.ashbyhq.com/brightwavelabs";
const pageWith = (script: string) =>
  parseHtml(`<!doctype html><html><body><div id="root"></div><script>${script}</script></body></html>`, board);

describe("ashbyJobs", () => {
  it("reads a board far larger than any real one up to a bound, rather than nothing", () => {
    const postings = Array.from({ length: 2500 }, (_, i) => ({ id: `p${i}`, title: `Role ${i}`, teamId: "t" }));
    const data = { jobBoard: { teams: [{ id: "t", name: "Engineering" }], jobPostings: postings } };
    const jobs = ashbyJobs(pageWith(`window.__appData = ${JSON.stringify(data)};`), board);
    expect(jobs).toHaveLength(2000);
    expect(jobs[0]).toMatchObject({ title: "Role 0", department: "Engineering", url: `${board}/p0` });
  });

  it("finds nothing, and throws nothing, in broken, foreign or hostile data", () => {
    for (const script of [
      `window.__appData = {"jobBoard": {"jobPos`,
      `window.__appData = {"jobBoard": {"jobPostings": "none"}};`,
      `window.__appData = {"jobBoard": {"jobPostings": [null, 7, {"title": ""}, {"title": ${JSON.stringify("x".repeat(400))}}]}};`,
      `window.__appData = ${"[".repeat(10_000)}`,
      `window.somethingElse = {"jobBoard": {"jobPostings": [{"title": "Ghost"}]}};`,
    ]) {
      expect(ashbyJobs(pageWith(script), board)).toEqual([]);
    }
  });
});
