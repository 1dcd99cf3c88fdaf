import { describe, expect, it } from "vitest";
import { boardJobs } from "./fixtures";

/** Hosted boards read by a reader of their own: Teamtailor, SmartRecruiters, softgarden, Recruitee and JOIN. */

const jobs = boardJobs;

const chrome = `<header><nav><a href="/jobs">Alle Jobs</a><a href="/departments/engineering">Engineering</a>
  <a href="/connect">Job-Alarm</a></nav></header><div class="cookie"><a href="/cookies">Cookie-Einstellungen</a></div>`;

describe("teamtailor board reader", () => {
  const ttJob = (id: number, title: string, ...meta: string[]) =>
    `<li class="w-full"><div class="relative flex flex-col"><a href="https://lumenhaus.teamtailor.com/jobs/${id}-x" class="flex">
       <span class="text-block-base-link company-link-style" title="${title}">${title}</span></a>
       <div class="mt-1 text-md">${meta.map((part) => `<span>${part}</span>`).join("<span>·</span>")}</div></div></li>`;
  const page = `${chrome}<main><h2>Offene Stellen</h2><ul id="jobs_list_container">
    ${ttJob(4101, "Senior Data Engineer", "Engineering", "Leipzig", "Hybrid")}
    ${ttJob(4102, "Office Coordinator", "Köln")}
    ${ttJob(4103, "Solutions Consultant", "Fully remote")}
    </ul><a href="/jobs" id="show_more_button">Alle Jobs anzeigen</a></main>
    <footer><a href="/jobs/9999-other">Initiativbewerbung</a></footer>`;

  it("reads department, place and way of working from each job's line, and nothing from the page around the list", () => {
    const found = jobs(page, "https://lumenhaus.teamtailor.com/jobs");
    expect(found.map(({ title, department, location, source }) => ({ title, department, location, source }))).toEqual([
      { title: "Senior Data Engineer", department: "Engineering", location: "Leipzig", source: "teamtailor" },
      { title: "Office Coordinator", department: undefined, location: "Köln", source: "teamtailor" },
      { title: "Solutions Consultant", department: undefined, location: "Remote", source: "teamtailor" },
    ]);
    expect(found[0]?.url).toBe("https://lumenhaus.teamtailor.com/jobs/4101-x");
  });

  it("reads a career site of the same layout on the company's own domain", () => {
    const found = jobs(page, "https://karriere.lumenhaus.example/jobs");
    expect(found.map((job) => [job.title, job.location])).toEqual([
      ["Senior Data Engineer", "Leipzig"],
      ["Office Coordinator", "Köln"],
      ["Solutions Consultant", "Remote"],
    ]);
  });
});

describe("teamtailor board reader, cards titled by their link's own text", () => {
  it("takes the title from the link and drops the way of working marked by its icon, in any language", () => {
    const card = (id: number, title: string, meta: string) =>
      `<li class="w-full"><div class="relative flex flex-col"><a class="flex" href="/jobs/${id}-x"><span class="absolute inset-0"></span>
         ${title}</a><div class="mt-1 text-md">${meta}</div></div></li>`;
    const dot = `<span class="mx-[2px]">·</span>`;
    const icon = (word: string) => `<span class="inline-flex items-center"> ${word} <svg class="fa-wifi"></svg></span>`;
    const found = jobs(
      `<ul id="jobs_list_container">${card(61, "Kundenberater:in", `<span>Service</span>${dot}<span>Jena</span>${dot}${icon("Teilweise im Homeoffice")}`)}
       ${card(62, "Lagerhelfer (m/w/d)", `<span>Gera</span>${dot}${icon("Vor Ort")}`)}</ul>`,
      "https://lumenhaus.teamtailor.com/jobs",
    );
    expect(found.map(({ title, department, location }) => [title, department, location])).toEqual([
      ["Kundenberater:in", "Service", "Jena"],
      ["Lagerhelfer (m/w/d)", undefined, "Gera"],
    ]);
  });
});

describe("smartrecruiters board reader", () => {
  const srJob = (id: number, title: string, ...desc: string[]) =>
    `<li class="opening-job job column wide-7of16 medium-1of2"><a href="https://jobs.smartrecruiters.com/Lumenhaus/${id}-x" class="link--block details">
       <h4 class="details-title job-title link--block-target">${title}</h4>
       <ul class="details-desc job-desc desc-items list--dotted">${desc.map((part) => `<li class="desc-item">${part}</li>`).join("")}</ul></a></li>`;

  it("reads place and employment type from the details, and a group titled as a place as the place", () => {
    const found = jobs(
      `${chrome}<section id="st-openings"><h2 class="openings-title">Jobs at Lumenhaus</h2>
       <section class="openings-section opening--grouped js-group"><header class="opening-header"><ul class="title-list">
         <li><h3 class="opening-title">Porto, Portugal</h3></li><li><span class="title">2 jobs</span></li></ul></header>
         <ul class="opening-jobs">${srJob(744001, "Customer Success Manager")}${srJob(744002, "QA Engineer", "Porto, Portugal", "Full-time")}</ul></section>
       <section class="openings-section opening--grouped js-group"><header class="opening-header"><ul class="title-list">
         <li><h3 class="opening-title">Finance</h3></li></ul></header>
         <ul class="opening-jobs">${srJob(744003, "Payroll Specialist", "Madrid, Spain")}
         <li class="opening-job job"><a href="https://jobs.smartrecruiters.com/Lumenhaus/744004-x" class="link--block details">
           <h4 class="details-title job-title link--block-target">Tax Analyst</h4>
           <ul class="job-list list--dotted"><li class="job-desc">Valencia, Spain</li><li class="job-desc">Controlling</li></ul></a></li>
         </ul></section></section>`,
      "https://jobs.smartrecruiters.com/Lumenhaus",
    );
    expect(
      found.map(({ title, department, location, employmentType }) => ({ title, department, location, employmentType })),
    ).toEqual([
      {
        title: "Customer Success Manager",
        department: undefined,
        location: "Porto, Portugal",
        employmentType: undefined,
      },
      { title: "QA Engineer", department: undefined, location: "Porto, Portugal", employmentType: "Full-time" },
      { title: "Payroll Specialist", department: "Finance", location: "Madrid, Spain", employmentType: undefined },
      { title: "Tax Analyst", department: "Controlling", location: "Valencia, Spain", employmentType: undefined },
    ]);
    expect(found.every((job) => job.source === "smartrecruiters")).toBe(true);
  });
});

describe("softgarden board reader", () => {
  it("reads each row's cells: every place, the category as department, the date", () => {
    const row = (id: number, date: string, title: string, category: string, ...places: string[]) =>
      `<div class="matchElement" id="job_id_${id}"><div class="matchValue date">${date}</div>
       <div target="_blank" class="matchValue title"><a href="../job/${id}/x?jobDbPVId=5&amp;l=de" target="_blank">${title}</a></div>
       <div class="matchValue jobcategory">${category}</div><div class="matchValue ProjectGeoLocationCity"><div class="location-container">
       ${places.map((place) => `<span class="location-view-item">${place}</span>`).join("")}</div></div></div>`;
    const found = jobs(
      `${chrome}<div class="outputContainer">${row(51, "04.07.26", "Servicetechniker (w/m/d)", "Technik", "Kassel", "Fulda")}
       ${row(52, "15.09.26", "Buchhalter (w/m/d)", "Finanzen", "Kassel")}</div>`,
      "https://lumenhaus.softgarden.io/de/vacancies",
    );
    expect(found).toEqual([
      {
        title: "Servicetechniker (w/m/d)",
        department: "Technik",
        location: "Kassel, Fulda",
        employmentType: undefined,
        url: "https://lumenhaus.softgarden.io/job/51/x?jobDbPVId=5&l=de",
        datePosted: "2026-07-04",
        source: "softgarden",
      },
      {
        title: "Buchhalter (w/m/d)",
        department: "Finanzen",
        location: "Kassel",
        employmentType: undefined,
        url: "https://lumenhaus.softgarden.io/job/52/x?jobDbPVId=5&l=de",
        datePosted: "2026-09-15",
        source: "softgarden",
      },
    ]);
  });
});

describe("recruitee board reader", () => {
  const props = {
    appConfig: {
      primaryLangCode: "de",
      departments: [{ id: 7, translations: { de: { name: "Technik" } } }],
      locations: [{ id: 3, translations: { de: { name: "Bremen" } } }],
      offers: [
        {
          id: 1,
          slug: "devops-engineer",
          status: "published",
          translations: { de: { title: "DevOps Engineer" } },
          departmentId: 7,
          locationIds: [3],
          employmentType: "fulltime_permanent",
        },
        { id: 2, slug: "entwurf", status: "draft", translations: { de: { title: "Entwurf" } } },
        {
          id: 3,
          slug: "support-agent",
          translations: { en: { title: "Support Agent" } },
          remote: true,
          employmentType: "parttime",
        },
        { id: 4, translations: { de: { title: "" } } },
      ],
    },
  };
  const page = `${chrome}<div data-rendered="" data-component="PublicApp" data-props="${JSON.stringify(props).replace(/"/g, "&quot;")}"><h2>Offene Stellen</h2>
    <a href="/o/devops-engineer">DevOps Engineer</a></div>`;

  it("reads the published offers of the page's data with their department, place and employment type", () => {
    const found = jobs(page, "https://lumenhaus.recruitee.com/");
    expect(found).toEqual([
      {
        title: "DevOps Engineer",
        department: "Technik",
        location: "Bremen",
        employmentType: "Full-time",
        url: "https://lumenhaus.recruitee.com/o/devops-engineer",
        datePosted: undefined,
        source: "recruitee",
      },
      {
        title: "Support Agent",
        department: undefined,
        location: "Remote",
        employmentType: "Part-time",
        url: "https://lumenhaus.recruitee.com/o/support-agent",
        datePosted: undefined,
        source: "recruitee",
      },
    ]);
    expect(jobs(page, "https://karriere.lumenhaus.example/").map((job) => job.title)).toEqual([
      "DevOps Engineer",
      "Support Agent",
    ]);
  });

  it("finds nothing, and throws nothing, in broken or foreign data", () => {
    for (const data of ["{", "[]", '{"appConfig": {"offers": "none"}}', '{"appConfig": {"offers": [null, 7]}}']) {
      const html = `<div data-component="PublicApp" data-props="${data.replace(/"/g, "&quot;")}"></div>`;
      expect(jobs(html, "https://lumenhaus.recruitee.com/").filter((job) => job.source === "recruitee")).toEqual([]);
    }
  });
});

describe("join board reader", () => {
  it("reads the jobs of the page's state with their place, category and employment type", () => {
    const state = {
      props: {
        pageProps: {
          initialState: {
            company: { name: "Lumenhaus GmbH" },
            jobs: {
              items: [
                {
                  id: 9101,
                  idParam: "9101-mechatroniker-m-w-d",
                  title: "Mechatroniker (m/w/d)",
                  city: { cityName: "Rostock" },
                  category: { name: "Technik" },
                  employmentType: { name: "Vollzeit" },
                },
                { title: "" },
                { id: 9102, title: "Marketing Manager", city: "Wismar" },
              ],
            },
          },
        },
      },
    };
    const found = jobs(
      `${chrome}<main><h1>Lumenhaus GmbH</h1></main><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script>`,
      "https://join.com/companies/lumenhaus",
    );
    expect(found).toEqual([
      {
        title: "Mechatroniker (m/w/d)",
        department: "Technik",
        location: "Rostock",
        employmentType: "Vollzeit",
        url: "https://join.com/companies/lumenhaus/9101-mechatroniker-m-w-d",
        datePosted: undefined,
        source: "join",
      },
      {
        title: "Marketing Manager",
        department: undefined,
        location: "Wismar",
        employmentType: undefined,
        url: "https://join.com/companies/lumenhaus/9102",
        datePosted: undefined,
        source: "join",
      },
    ]);
  });
});
