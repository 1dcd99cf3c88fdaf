import { describe, expect, it } from "vitest";
import { classifyUrl } from "../../../lib/research/links";
import { boardJobs } from "./fixtures";

/** Boards read by the data or the click handlers in their pages: Rippling, Concludis and d.vinci. */

const nextData = (data: unknown) =>
  `<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`;

const place = { name: "Leipzig, SN", country: "Germany", city: "Leipzig", workplaceType: "ON_SITE" };

describe("rippling board reader", () => {
  const board = "https://ats.rippling.com/quillmoor-bakery/jobs";

  it("reads the jobs of the board's state, not the places and departments of its filters", () => {
    const query = (key: string, items: unknown[]) => ({
      queryKey: ["board", "quillmoor-bakery", key],
      state: { data: { items } },
    });
    const found = boardJobs(
      nextData({
        props: {
          pageProps: {
            apiData: { jobBoardSlug: "quillmoor-bakery" },
            dehydratedState: {
              queries: [
                query("locations", [place]),
                query("job-posts", [
                  {
                    id: "7a6b5c4d-1111",
                    name: "Night Baker",
                    url: `${board}/7a6b5c4d-1111`,
                    department: { name: "Bakery" },
                    locations: [place],
                  },
                  {
                    id: "7a6b5c4d-2222",
                    name: "Route Planner",
                    department: { name: "Logistics" },
                    locations: [{ ...place, city: "Halle" }, place],
                  },
                  { id: "7a6b5c4d-3333", name: "Support Agent", locations: [{ workplaceType: "REMOTE" }] },
                ]),
                query("departments", [{ name: "Bakery" }, { name: "Logistics" }]),
              ],
            },
          },
        },
      }),
      board,
    );
    expect(found.map(({ title, department, location, url }) => ({ title, department, location, url }))).toEqual([
      { title: "Night Baker", department: "Bakery", location: "Leipzig, SN", url: `${board}/7a6b5c4d-1111` },
      { title: "Route Planner", department: "Logistics", location: "Halle, Leipzig", url: `${board}/7a6b5c4d-2222` },
      { title: "Support Agent", department: undefined, location: "Remote", url: `${board}/7a6b5c4d-3333` },
    ]);
  });

  it("reads an ad's page by its post, with the department and places beside it", () => {
    const found = boardJobs(
      nextData({
        props: {
          pageProps: {
            apiData: {
              jobPost: { uuid: "7a6b5c4d-1111", name: "Night Baker – Weekends" },
              workLocations: ["Leipzig, SN"],
              department: { name: "Bakery", department_tree: ["Bakery"] },
            },
          },
        },
      }),
      `${board}/7a6b5c4d-1111`,
    );
    expect(found.map(({ title, department, location, url }) => ({ title, department, location, url }))).toEqual([
      { title: "Night Baker – Weekends", department: "Bakery", location: "Leipzig, SN", url: `${board}/7a6b5c4d-1111` },
    ]);
  });
});

describe("concludis board reader", () => {
  const row = (id: number, title: string, teaser: string) =>
    `<div onclick="cJobboard.openJob('https://kornfeld.concludis.de/prj/shw/0f1e2d3c_0/${id}/Stelle.htm?b=0');" id="line_${id}" class="line_0"><span class="headerlink stellenlink">${title}</span><span class="kurzb"><br /> ${teaser}</span></div>`;
  const list = `<div class="stellenlst"><div class="stellensum">2 Stellen gefunden</div><div class="stellen list">
    ${row(4410, "Bäcker:in 80%", "Stellennummer 4410 am Standort Wettingen CH-5430 - Teilzeit")}
    ${row(4411, "Filialleitung (m/w/d)", "Stellennummer 4411 am Standort Olten CH-4600 - Vollzeit")}</div></div>`;

  it("reads the rows of its list, opened by their click handlers", () => {
    expect(boardJobs(list, "https://kornfeld.concludis.de/prj/lst/a1b2c3/GesamtlisteOffenePositionen.htm")).toEqual([
      expect.objectContaining({
        title: "Bäcker:in 80%",
        location: "Wettingen",
        employmentType: "Teilzeit",
        url: "https://kornfeld.concludis.de/prj/shw/0f1e2d3c_0/4410/Stelle.htm?b=0",
      }),
      expect.objectContaining({ title: "Filialleitung (m/w/d)", location: "Olten", employmentType: "Vollzeit" }),
    ]);
  });

  it("reads its widget on the company's own careers page", () => {
    const found = boardJobs(
      `<main><h1>Karriere</h1><div id="concludis_kornfeld_stellenangebote">${list}</div></main>`,
      "https://www.kornfeld.example/karriere/",
    );
    expect(found.map((job) => job.title)).toEqual(["Bäcker:in 80%", "Filialleitung (m/w/d)"]);
  });
});

describe("d.vinci board reader", () => {
  const publication = (id: number, position: string, opening: Record<string, unknown>) => ({
    id,
    position,
    jobPublicationURL: `https://kornfeld.dvinci-hr.com/de/jobs/${id}/stelle`,
    startDate: "2026-05-04",
    jobOpening: opening,
  });
  const data = {
    jobPublications: [
      publication(701, "Produktionshelfer (m/w/d)", {
        locations: [{ name: "Werk Nord", address: { city: "Gotha" } }],
        workingTimes: [{ name: "Vollzeit", internalName: "FULL_TIME" }],
        department: "Produktion",
      }),
      publication(702, "Qualitätsprüfer (m/w/d)", {
        location: "Gotha oder Erfurt",
        workingTimes: [{ internalName: "PART_TIME" }],
        categories: [{ name: "Qualität" }],
      }),
      publication(703, "Initiativbewerbung", { type: "UNSOLICITED" }),
    ],
  };

  it("reads the publications of the list's data, not its open application", () => {
    const found = boardJobs(
      `<div ng-app="dvinci.apps.Dvinci"></div><script>var DvinciData = ${JSON.stringify(data)};</script>`,
      "https://kornfeld.dvinci-hr.com/de/jobs",
    );
    expect(
      found.map(({ title, department, location, employmentType, datePosted, url }) => ({
        title,
        department,
        location,
        employmentType,
        datePosted,
        url,
      })),
    ).toEqual([
      {
        title: "Produktionshelfer (m/w/d)",
        department: "Produktion",
        location: "Gotha",
        employmentType: "Vollzeit",
        datePosted: "2026-05-04",
        url: "https://kornfeld.dvinci-hr.com/de/jobs/701/stelle",
      },
      {
        title: "Qualitätsprüfer (m/w/d)",
        department: "Qualität",
        location: "Gotha oder Erfurt",
        employmentType: "Part-time",
        datePosted: "2026-05-04",
        url: "https://kornfeld.dvinci-hr.com/de/jobs/702/stelle",
      },
    ]);
  });

  it("reads a portal on the company's own host, its data wrapped in parentheses", () => {
    const found = boardJobs(
      `<h1>Stellenangebote</h1><script>DvinciData = (${JSON.stringify(data)});</script>`,
      "https://jobs.kornfeld.example/de/jobs",
    );
    expect(found.map((job) => job.title)).toEqual(["Produktionshelfer (m/w/d)", "Qualitätsprüfer (m/w/d)"]);
  });
});

describe("hibob board reader", () => {
  it("reads the rendered list's rows: the department, the place and the contract of each line", () => {
    const row = (title: string, line: string) =>
      `<b-virtual-scroll-list-item><b-heading>${title}</b-heading><div>${line}</div><div>Posted on Mar 3, 2026</div></b-virtual-scroll-list-item>`;
    const found = boardJobs(
      `<b-virtual-scroll-list>${row("Backend Engineer (f/m/x)", "Platform · Remote · Permanent · Remote")}${row(
        "Store Lead",
        "Retail · Graz · Part-time · On-site",
      )}${row("Bookkeeper", "Vienna · Permanent")}</b-virtual-scroll-list>`,
      "https://quillmoor.careers.hibob.com/jobs",
    );
    expect(
      found.map(({ title, department, location, employmentType }) => ({ title, department, location, employmentType })),
    ).toEqual([
      { title: "Backend Engineer (f/m/x)", department: "Platform", location: "Remote", employmentType: "Permanent" },
      { title: "Store Lead", department: "Retail", location: "Graz", employmentType: "Part-time" },
      { title: "Bookkeeper", department: undefined, location: "Vienna", employmentType: "Permanent" },
    ]);
  });
});

describe("more hosted boards known by their addresses", () => {
  it.each([
    "https://quillmoor.careers.hibob.com/jobs",
    "https://quillmoor.onlyfy.jobs/",
    "https://quillmoor.concludis.de/prj/lst/a1b2c3/GesamtlisteOffenePositionen.htm",
    "https://quillmoor.dvinci-easy.com/de/jobs",
  ])("%s is a job board", (url) => {
    expect(classifyUrl(new URL(url))).toBe("job-board");
  });

  it.each(["https://www.concludis.de/", "https://www.onlyfy.jobs/", "https://www.hibob.com/careers"])(
    "%s, the vendor's own page, is no board",
    (url) => {
      expect(classifyUrl(new URL(url))).not.toBe("job-board");
    },
  );

  it("reads a link to a board's ad however long the ad's title", () => {
    const long = "Case Manager – Rapid Rehousing for Young Parents in Transitional Housing (Evening Shift)";
    const found = boardJobs(
      `<main><h1>Careers</h1><ul>
       <li><a href="https://ats.rippling.com/quillmoor/jobs/7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d">${long}</a></li>
       <li><a href="https://ats.rippling.com/quillmoor/jobs/7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5e">Program Monitor</a></li></ul></main>`,
      "https://www.quillmoor.example/careers",
    );
    expect(found.map((job) => job.title)).toEqual([long, "Program Monitor"]);
  });

  it("reads a careers page's links to the ads of these boards", () => {
    const found = boardJobs(
      `<main><h1>Careers</h1><ul>
       <li><a href="https://quillmoor.careers.hibob.com/jobs/3db3dd50-9543-4d6f-8a4a-1a2b3c4d5e6f">Payroll Specialist</a></li>
       <li><a href="https://quillmoor.onlyfy.jobs/job/5yh3u42r7oxaiqj5pbomh">Werkstudent Marketing (m/w/d)</a></li></ul></main>`,
      "https://www.quillmoor.example/careers",
    );
    expect(found.map((job) => job.title)).toEqual(["Payroll Specialist", "Werkstudent Marketing (m/w/d)"]);
  });
});
