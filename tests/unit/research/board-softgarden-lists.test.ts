import { describe, expect, it } from "vitest";
import { boardJobs } from "./fixtures";

/** softgarden lists in their other layouts: the title inside the link, the place in its own cell, English dates. */

describe("softgarden list layouts", () => {
  it("reads the place from a row's location cell when it has no place items", () => {
    const row = (id: number, title: string, place: string) =>
      `<div class="matchElement"><a href="/job/${id}/x?jobDbPVId=1"><span class="matchValue title">${title}</span></a>
       <span class="matchValue location">${place}</span></div>`;
    const found = boardJobs(
      `<div class="results">${row(71, "Teamleitung Controlling (m/w/d)", "Kassel")}${row(72, "Praktikum Einkauf", "Fulda")}</div>`,
      "https://lumenhaus.softgarden.io/de/vacancies",
    );
    expect(found.map(({ title, location }) => ({ title, location }))).toEqual([
      { title: "Teamleitung Controlling (m/w/d)", location: "Kassel" },
      { title: "Praktikum Einkauf", location: "Fulda" },
    ]);
  });

  it("reads an English list's dates month first and a German list's day first", () => {
    const row = (id: number, date: string) =>
      `<div class="matchElement"><div class="matchValue date">${date}</div>
       <div class="matchValue title"><a href="../job/${id}/x?l=en">Service Technician ${id}</a></div></div>`;
    const found = boardJobs(
      `<div class="outputContainer">${row(81, "07/04/2026")}${row(82, "11/23/2026")}${row(83, "23.11.2026")}${row(84, "13/23/2026")}</div>`,
      "https://lumenhaus.softgarden.io/en/vacancies",
    );
    expect(found.map((job) => job.datePosted)).toEqual(["2026-07-04", "2026-11-23", "2026-11-23", undefined]);
  });
});
