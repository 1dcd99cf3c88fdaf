import { describe, expect, it } from "vitest";
import { extractJobs } from "../../../lib/research/jobs";
import { parseHtml } from "./fixtures";

/** Personio boards in their current layout (meta items), their older one (a details line), and grouped by department. */

const board = "https://kranichwerk.jobs.personio.de/";

function jobs(body: string) {
  return extractJobs(parseHtml(`<!doctype html><html><body>${body}</body></html>`, board), board).map(
    ({ title, department, location, employmentType, source }) => ({
      title,
      department,
      location,
      employmentType,
      source,
    }),
  );
}

const card = (id: number, title: string, ...meta: string[]) =>
  `<a class="page_job__x1Yz job-box" href="/job/${id}?language=de"><div class="page_jobHeaderContent__q2">
     <h3 class="page_jobTitle__a7 jb-title">${title}</h3>
     <div class="page_jobMeta__Rt5 jb-description">${meta
       .map((part) => `<div class="page_jobMetaItem__k9"><span class="page_jobMetaText__5yzq">${part}</span></div>`)
       .join("")}</div></div></a>`;

describe("personio board reader", () => {
  it("keeps the place of each job in the current layout, told from its employment type and schedule", () => {
    const found = jobs(`<nav><a href="/">Alle Jobs</a><a href="/privacy-policy">Datenschutz</a></nav>
      <ul><li>${card(101, "Industriemechaniker (m/w/d)", "Augsburg, Friedberg", "Festanstellung", "Vollzeit")}</li>
      <li>${card(102, "Werkstudent Controlling (m/w/d)", "Remote", "Werkstudent", "Teilzeit")}</li>
      <li>${card(103, "Product Owner", "Hamburg")}</li></ul>`);
    expect(found).toEqual([
      {
        title: "Industriemechaniker (m/w/d)",
        department: undefined,
        location: "Augsburg, Friedberg",
        employmentType: "Festanstellung, Vollzeit",
        source: "personio",
      },
      {
        title: "Werkstudent Controlling (m/w/d)",
        department: undefined,
        location: "Remote",
        employmentType: "Werkstudent, Teilzeit",
        source: "personio",
      },
      {
        title: "Product Owner",
        department: undefined,
        location: "Hamburg",
        employmentType: undefined,
        source: "personio",
      },
    ]);
  });

  it("still reads the older layouts' details, whichever side the place stands on, and no apply button as a job", () => {
    const found = jobs(`<div class="job-list">
      <a class="job-box-link" href="https://kranichwerk.jobs.personio.de/job/201"><div class="jb-title">Backend Developer</div>
        <div class="jb-description">Full-time, Leipzig</div></a>
      <a class="job-box-link" href="https://kranichwerk.jobs.personio.de/job/202"><div class="jb-title">Office Manager</div>
        <div class="jb-description"><span>Dresden</span><span>·</span><span>Part-time</span></div></a>
      <a class="job-box-link job-box" href="https://kranichwerk.jobs.personio.de/job/203"><div class="jb-title">Lagerlogistiker (m/w/d)</div>
        <div class="jb-description"><span>Festanstellung, Vollzeit</span><span class="multi-offices-desktop"> · <span><strong>Chemnitz</strong></span></span>
        <span class="multi-offices-mobile"><strong>Chemnitz</strong></span></div></a>
      <a class="job-box-link" href="https://kranichwerk.jobs.personio.de/job/202?display=en#apply"><span>Jetzt bewerben</span></a></div>`);
    expect(found.map(({ title, location, employmentType }) => [title, location, employmentType])).toEqual([
      ["Backend Developer", "Leipzig", "Full-time"],
      ["Office Manager", "Dresden", "Part-time"],
      ["Lagerlogistiker (m/w/d)", "Chemnitz", "Festanstellung, Vollzeit"],
    ]);
  });

  it("reads the department heading each group of jobs, but not the one heading over all of them", () => {
    const grouped = jobs(`<h2>Offene Stellen</h2>
      <section><h3>Produktion</h3><ul><li>${card(301, "Schweißer (m/w/d)", "Ulm", "Vollzeit")}</li>
        <li>${card(302, "Lagerist (m/w/d)", "Ulm", "Vollzeit")}</li></ul></section>
      <section><h3>Vertrieb</h3><ul><li>${card(303, "Account Manager (m/w/d)", "Stuttgart", "Vollzeit")}</li></ul></section>`);
    expect(grouped.map((job) => job.department)).toEqual(["Produktion", "Produktion", "Vertrieb"]);
    const single = jobs(`<h2>Kranichwerk GmbH</h2><ul><li>${card(401, "Schweißer (m/w/d)", "Ulm")}</li>
      <li>${card(402, "Lagerist (m/w/d)", "Ulm")}</li></ul>`);
    expect(single.map((job) => job.department)).toEqual([undefined, undefined]);
  });
});
