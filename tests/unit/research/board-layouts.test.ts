import { describe, expect, it } from "vitest";
import { boardJobs } from "./fixtures";

/** Board layouts read by their own structure: Teamtailor's grid, Breezy, BambooHR's embed, JOIN and Recruitee data. */

/** Which reader read them is not what these tests are about. */
const jobs = (body: string, url: string) => boardJobs(body, url).map(({ source: _source, ...job }) => job);

const chrome = `<header><nav><a href="/jobs">Jobs</a><a href="/people">People</a><a href="/departments/sales">Sales</a></nav></header>`;

describe("teamtailor grid of job tiles", () => {
  const tile = (id: number, title: string, ...meta: string[]) =>
    `<li class="transition-opacity duration-150 border rounded block-grid-item border-block-base-text border-opacity-15">
       <a class="min-h-[180px] h-full w-full p-4 flex flex-col justify-center text-center" href="/jobs/${id}-x">
         <span class="text-block-base-link company-link-style" title="${title}">${title}</span>
         <div class="mt-1 text-md">${meta.map((part) => `<span>${part}</span>`).join("<span>·</span>")}</div></a></li>`;
  const page = `${chrome}<main><section><h2>Unsere Jobs</h2><ul class="block-grid gap-4">
    ${tile(71, "Fleet Planner", "Operations", "Kiel", "Hybrid")}
    ${tile(72, "Werkstudent Controlling", "Lübeck")}
    ${tile(73, "Platform Engineer", "Engineering", "Rostock", "Fully remote")}
    </ul></section><ul class="block-grid"><li class="block-grid-item"><a href="/people/ana">Ana</a></li></ul></main>`;
  const want = [
    { title: "Fleet Planner", department: "Operations", location: "Kiel" },
    { title: "Werkstudent Controlling", department: undefined, location: "Lübeck" },
    { title: "Platform Engineer", department: "Engineering", location: "Rostock" },
  ];

  it("reads each tile's title, department and place on the board's host", () => {
    const found = jobs(page, "https://harbourline.teamtailor.com/jobs");
    expect(found.map(({ title, department, location }) => ({ title, department, location }))).toEqual(want);
    expect(found[0]?.url).toBe("https://harbourline.teamtailor.com/jobs/71-x");
  });

  it("reads the same tiles on a career site on the company's own domain", () => {
    const found = jobs(page, "https://karriere.harbourline.example/jobs");
    expect(found.map(({ title, department, location }) => ({ title, department, location }))).toEqual(want);
  });

  it("leaves grid tiles without the board's title spans to the other readers", () => {
    const grid = `<main><h2>Open positions</h2><ul class="block-grid"><li class="block-grid-item"><a href="/team/ana">Ana Ruiz</a></li></ul></main>`;
    expect(jobs(grid, "https://harbourline.example/careers")).toEqual([]);
  });
});

describe("breezy board", () => {
  const card = (slug: string, title: string, place: string, type: string, department: string) =>
    `<li class="position transition"><a href="/p/${slug}">
       <button class="button apply">Apply</button><h2>${title}</h2>
       <ul class="meta"><li class="location"><i class="fa fa-map-marker"></i>${place}</li>
       <li class="type"><i class="fa fa-building"></i><span class="polygot">${type}</span></li>
       <li class="department"><i class="fa fa-building"></i><span>${department}</span></li></ul></a></li>`;
  const page = `${chrome}<div class="positions-container"><ul class="positions">
    ${card("a1b2c3-field-technician", "Field Technician", "<span>Graz, AT</span>", "Full-Time", "Service")}
    ${card("d4e5f6-inside-sales", "Inside Sales Representative", '<span>Linz, AT</span><span class="spacer"> - </span><i class="fa fa-wifi"></i><span class="polygot">Remote OK</span>', "%LABEL_POSITION_TYPE_PART_TIME%", "Sales")}
    ${card("g7h8i9-support", "Support Specialist", '<i class="fa fa-wifi"></i><span class="polygot">%LABEL_REMOTE%</span>', "Full-Time", "Support")}
    </ul></div>`;

  it("reads title, place, employment type and department from each card, on the board's host and on a careers page", () => {
    const want = [
      {
        title: "Field Technician",
        department: "Service",
        location: "Graz, AT",
        employmentType: "Full-Time",
        url: "https://alpenfeld.breezy.hr/p/a1b2c3-field-technician",
        datePosted: undefined,
      },
      {
        title: "Inside Sales Representative",
        department: "Sales",
        location: "Linz, AT",
        employmentType: "Part time",
        url: "https://alpenfeld.breezy.hr/p/d4e5f6-inside-sales",
        datePosted: undefined,
      },
      {
        title: "Support Specialist",
        department: "Support",
        location: "Remote",
        employmentType: "Full-Time",
        url: "https://alpenfeld.breezy.hr/p/g7h8i9-support",
        datePosted: undefined,
      },
    ];
    expect(jobs(page, "https://alpenfeld.breezy.hr/")).toEqual(want);
    const own = jobs(page, "https://alpenfeld.example/careers");
    expect(own.map((job) => [job.title, job.location, job.department])).toEqual(
      want.map((job) => [job.title, job.location, job.department]),
    );
  });

  it("takes no other list items named 'position' for jobs", () => {
    const other = `<main><h2>Open positions</h2><ul><li class="position"><a href="/about"><h2>Our history</h2></a></li></ul></main>`;
    expect(jobs(other, "https://alpenfeld.example/careers")).toEqual([]);
  });
});

describe("bambooHR job list embedded in a careers page", () => {
  const item = (id: number, title: string, place: string) =>
    `<li class="BambooHR-ATS-Jobs-Item" id="bhrPositionID_${id}"><a href="//moorgate.bamboohr.com/careers/${id}">${title}</a>
       <span class="BambooHR-ATS-Location">${place}</span></li>`;
  const department = (id: number, name: string, items: string) =>
    `<li id="bhrDepartmentID_${id}" class="BambooHR-ATS-Department-Item"><div id="department_${id}" class="BambooHR-ATS-Department-Header">${name}</div>
       <ul class="BambooHR-ATS-Jobs-List">${items}</ul></li>`;
  const page = `${chrome}<main><h1>Work at Moorgate</h1><div id="BambooHR"><div class="BambooHR-ATS-board"><h2>Open Positions</h2>
    <ul class="BambooHR-ATS-Department-List">
      ${department(4, "Kitchen", item(31, "Sous Chef", "Leeds, West Yorkshire") + item(32, "Barista", "York, North Yorkshire"))}
      ${department(5, "Finance", item(33, "Payroll Lead", "Leeds, West Yorkshire"))}
    </ul></div></div></main>`;

  it("reads each job with its department and place", () => {
    expect(jobs(page, "https://moorgate.example/work-with-us")).toEqual([
      {
        title: "Sous Chef",
        department: "Kitchen",
        location: "Leeds, West Yorkshire",
        employmentType: undefined,
        url: "https://moorgate.bamboohr.com/careers/31",
        datePosted: undefined,
      },
      {
        title: "Barista",
        department: "Kitchen",
        location: "York, North Yorkshire",
        employmentType: undefined,
        url: "https://moorgate.bamboohr.com/careers/32",
        datePosted: undefined,
      },
      {
        title: "Payroll Lead",
        department: "Finance",
        location: "Leeds, West Yorkshire",
        employmentType: undefined,
        url: "https://moorgate.bamboohr.com/careers/33",
        datePosted: undefined,
      },
    ]);
  });
});

describe("join and recruitee data", () => {
  it("reads a remote JOIN job without a city as remote, and each job's creation date", () => {
    const state = {
      props: {
        pageProps: {
          initialState: {
            jobs: {
              items: [
                {
                  id: 501,
                  idParam: "501-data-analyst",
                  title: "Data Analyst",
                  city: null,
                  workplaceType: "REMOTE",
                  category: { name: "Data" },
                  employmentType: { name: "Full-time" },
                  createdAt: "2026-10-02T08:15:00.000Z",
                },
                {
                  id: 502,
                  title: "Lagerist (m/w/d)",
                  city: { cityName: "Jena", countryName: "Germany" },
                  workplaceType: "ONSITE",
                },
              ],
            },
          },
        },
      },
    };
    const found = jobs(
      `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script>`,
      "https://join.com/companies/saalewerk",
    );
    expect(
      found.map(({ title, location, department, employmentType, datePosted }) => ({
        title,
        location,
        department,
        employmentType,
        datePosted,
      })),
    ).toEqual([
      {
        title: "Data Analyst",
        location: "Remote",
        department: "Data",
        employmentType: "Full-time",
        datePosted: "2026-10-02",
      },
      {
        title: "Lagerist (m/w/d)",
        location: "Jena",
        department: undefined,
        employmentType: undefined,
        datePosted: undefined,
      },
    ]);
  });

  it("tells Recruitee's fixed-term and minijob contracts, its apprenticeships, and each offer's publication date", () => {
    const offers = [
      {
        id: 1,
        slug: "a",
        title: "Projektassistenz",
        employment_type_code: "fulltime_fixed_term",
        published_at: "2026-09-30 10:00:00 UTC",
      },
      { id: 2, slug: "b", title: "Aushilfe Empfang", employment_type_code: "parttime_minijob" },
      { id: 3, slug: "c", title: "Azubi Industriekaufmann", employment_type_code: "apprenticeship" },
      { id: 4, slug: "d", title: "Vertriebsleiter", employment_type_code: "fulltime_permanent" },
    ];
    const props = JSON.stringify({ appConfig: { primaryLangCode: "de", offers } }).replace(/"/g, "&quot;");
    const found = jobs(
      `<div data-component="PublicApp" data-props="${props}"></div>`,
      "https://saalewerk.recruitee.com/",
    );
    expect(found.map((job) => [job.title, job.employmentType, job.datePosted])).toEqual([
      ["Projektassistenz", "Full-time, Fixed-term", "2026-09-30"],
      ["Aushilfe Empfang", "Part-time, Minijob", undefined],
      ["Azubi Industriekaufmann", "Apprenticeship", undefined],
      ["Vertriebsleiter", "Full-time", undefined],
    ]);
  });
});
