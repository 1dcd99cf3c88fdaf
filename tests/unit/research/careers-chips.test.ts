import { describe, expect, it } from "vitest";
import { extractJobs } from "../../../lib/research/jobs";
import { parseHtml } from "./fixtures";

/** Careers cards whose facts stand in a row of unlabelled tags above the title, as utility-class pages lay them out. */

function jobs(body: string, url: string) {
  return extractJobs(parseHtml(`<!doctype html><html><body>${body}</body></html>`, url), url).map(
    ({ title, department, location, employmentType }) => ({ title, department, location, employmentType }),
  );
}

const card = (slug: string, tags: readonly string[], title: string) =>
  `<a href="/karriere/${slug}" class="group grid gap-4 rounded-2xl border p-6"><div>
     <div class="flex flex-wrap items-center gap-2">${tags.map((tag) => `<span class="rounded-full px-2.5 text-xs">${tag}</span>`).join(" ")}</div>
     <h3 class="mt-3 text-xl font-semibold"> ${title} </h3><p class="mt-2">Ein Satz darüber, was diese Rolle ausmacht.</p></div>
   <span class="inline-flex text-sm">Stelle ansehen <svg viewBox="0 0 24 24"><path d="m6 9 6 6 6-6"/></svg></span></a>`;

describe("careers card tag rows", () => {
  it("reads the team, the schedule and the place from the row of tags above each title", () => {
    const page = `<main><section id="stellen"><h2>Offene Stellen</h2><div class="mt-10 flex flex-col gap-4">
      ${card("beratung", ["Beratung &amp; Kundenerfolg", "Vollzeit oder Teilzeit ab 30 Std.", "Leipzig oder remote (Deutschland)"], "Beraterin Digitalisierung (m/w/d)")}
      ${card("werkstudium", ["Werkstudium", "10–20 Std./Woche", "Leipzig"], "Werkstudent:in Vertrieb (m/w/d)")}
      ${card("backend", ["Full-time", "Remote", "Engineering"], "Backend Engineer")}</div></section></main>`;
    expect(jobs(page, "https://www.kranich-robotik.example/karriere")).toEqual([
      {
        title: "Beraterin Digitalisierung (m/w/d)",
        department: "Beratung & Kundenerfolg",
        location: "Leipzig oder remote (Deutschland)",
        employmentType: "Vollzeit oder Teilzeit ab 30 Std.",
      },
      {
        title: "Werkstudent:in Vertrieb (m/w/d)",
        department: undefined,
        location: "Leipzig",
        employmentType: "Werkstudium",
      },
      { title: "Backend Engineer", department: "Engineering", location: "Remote", employmentType: "Full-time" },
    ]);
  });

  it("reads a lone badge that names a place, and no team from skills or from a row without a place", () => {
    const page = `<main><h2>Open positions</h2><div class="jobs">
      ${card("frontend", ["React", "TypeScript", "Full-time"], "Frontend Developer")}
      ${card("data", ["Hamburg", "Python", "SQL"], "Data Analyst")}
      ${card("risk", ["Frankreich"], "Head of Risk Control")}
      ${card("support", ["Kundenservice"], "Support Agent (m/w/d)")}</div></main>`;
    expect(jobs(page, "https://www.kranich-robotik.example/careers")).toEqual([
      { title: "Frontend Developer", department: undefined, location: undefined, employmentType: "Full-time" },
      { title: "Data Analyst", department: undefined, location: "Hamburg", employmentType: undefined },
      { title: "Head of Risk Control", department: undefined, location: "Frankreich", employmentType: undefined },
      { title: "Support Agent (m/w/d)", department: undefined, location: undefined, employmentType: undefined },
    ]);
  });
});
