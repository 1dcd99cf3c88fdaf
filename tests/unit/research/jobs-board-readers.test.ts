import { describe, expect, it } from "vitest";
import { classifyUrl } from "../../../lib/research/links";
import { boardJobs } from "./fixtures";

/** Boards read by their own markup (Jobvite, Factorial, Lever's current layout) and boards known by their hosts. */

const jobs = boardJobs;

describe("hosted boards known by their addresses", () => {
  it.each([
    ["https://jobs.jobvite.com/quillmoor/jobs", "job-board"],
    ["https://quillmoor.factorialhr.com/", "job-board"],
    ["https://quillmoor.factorialhr.com/embed/jobs", "job-board"],
    ["https://quillmoor.homerun.co/", "job-board"],
    ["https://quillmoor.pinpointhq.com/", "job-board"],
    ["https://ats.rippling.com/quillmoor/jobs", "job-board"],
    ["https://app.dover.com/jobs/quillmoor", "job-board"],
    ["https://app.dover.com/apply/quillmoor/4f0c2a9e-1d7b-4c55-9a7e-0b1c2d3e4f50", "job-board"],
    ["https://quillmoor.dvinci-hr.com/de/jobs", "job-board"],
  ])("%s is %s", (url, kind) => {
    expect(classifyUrl(new URL(url))).toBe(kind);
  });

  it.each([
    "https://app.factorialhr.com/login",
    "https://help.factorialhr.com/",
    "https://www.homerun.co/",
    "https://www.pinpointhq.com/",
    "https://app.dover.com/login",
    "https://www.dvinci-hr.com/",
  ])("%s, the vendor's own page, is no board", (url) => {
    expect(classifyUrl(new URL(url))).not.toBe("job-board");
  });

  it("reads a careers page's links to the ads of boards read by their links alone", () => {
    const found = jobs(
      `<main><h1>Careers</h1><p>We build tools for bakeries.</p><ul>
       <li><a href="https://quillmoor.pinpointhq.com/en/postings/0b8e7c1a-55d2-4e0f-9c3b-2a1f0e9d8c7b">Payroll Specialist</a></li>
       <li><a href="https://quillmoor.homerun.co/field-sales-representative/en">Field Sales Representative</a></li>
       <li><a href="https://app.dover.com/apply/quillmoor/4f0c2a9e-1d7b-4c55-9a7e-0b1c2d3e4f50">Founding Engineer</a></li>
       <li><a href="https://quillmoor.factorialhr.com/job_posting/warehouse-lead-104233">Warehouse Lead</a></li>
       <li><a href="https://ats.rippling.com/quillmoor/jobs/7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d">Support Engineer</a></li></ul>
       <p><a href="https://quillmoor.homerun.co/">All openings</a></p></main>`,
      "https://www.quillmoor.example/careers",
    );
    expect(found.map((job) => job.title)).toEqual([
      "Payroll Specialist",
      "Field Sales Representative",
      "Founding Engineer",
      "Warehouse Lead",
      "Support Engineer",
    ]);
  });
});

describe("jobvite board reader", () => {
  const row = (id: string, title: string, place: string) =>
    `<tr><td class="jv-job-list-name"><a href="/quillmoor/job/${id}">${title}</a></td>
     <td class="jv-job-list-location">\n  ${place.replace(", ", ",\n  ")}\n </td></tr>`;

  it("reads the rows of its tables, each under its department's heading, without a count of places for a place", () => {
    const found = jobs(
      `<div class="jv-page-body"><p class="jv-cws-sr-only">Open Positions</p>
       <h3 class="h2">Finance</h3><table class="jv-job-list"><thead><tr><th>Job</th><th>Location</th></tr></thead>
       <tbody>${row("oA1b2C3d", "Revenue Accountant", "Leeds, England")}${row("oE4f5G6h", "Payroll Lead", "2 Locations")}</tbody></table>
       <h3 class="h2">Field Service</h3><table class="jv-job-list"><tbody>${row("oJ7k8L9m", "Service Technician", "Tulsa, Oklahoma")}</tbody></table>
       <a href="/quillmoor/apply">Submit a general application</a></div>`,
      "https://jobs.jobvite.com/quillmoor/jobs",
    );
    expect(found).toEqual([
      expect.objectContaining({
        title: "Revenue Accountant",
        department: "Finance",
        location: "Leeds, England",
        url: "https://jobs.jobvite.com/quillmoor/job/oA1b2C3d",
      }),
      expect.objectContaining({ title: "Payroll Lead", department: "Finance", location: undefined }),
      expect.objectContaining({
        title: "Service Technician",
        department: "Field Service",
        location: "Tulsa, Oklahoma",
      }),
    ]);
  });

  it("reads rows that lead to their ads by a click handler, and cards whose link holds the title", () => {
    const found = jobs(
      `<table class="jv-job-list"><tbody>
       <tr onclick="window.location.href='/quillmoor/job/oP1q2R3s'"><td class="jv-job-list-name">\n  Line Cook\n </td>
       <td class="jv-job-list-location">Perth, Australia</td><td class="jv-job-list-date">07/20/2026</td></tr></tbody></table>
       <ul class="jv-job-list"><li><a href="/quillmoor/job/oT4u5V6w"><div class="jv-job-list-name">Brand Designer<span> | </span>Req#5121</div>
       <div class="jv-job-list-location">Remote, Canada</div></a></li></ul>`,
      "https://jobs.jobvite.com/quillmoor/jobs",
    );
    expect(found.map(({ title, location, url }) => [title, location, url])).toEqual([
      ["Line Cook", "Perth, Australia", "https://jobs.jobvite.com/quillmoor/job/oP1q2R3s"],
      ["Brand Designer", "Remote, Canada", "https://jobs.jobvite.com/quillmoor/job/oT4u5V6w"],
    ]);
  });
});

describe("factorial board reader", () => {
  const item = (slug: string, title: string, team: string, way: string, contract = "indefinite") =>
    `<li class='job-offer-item w-full' data-contract-type='${contract}' data-is-remote='false'
      data-job-postings-url='https://quillmoor.factorialhr.com/job_posting/${slug}'>
      <div class="font-bold text-gray-500 factorial__headingFontFamily">${title}</div>
      <div class="font-normal text-gray-350">${team}</div><div class="font-normal text-gray-350">${way}</div>
      <a href='https://quillmoor.factorialhr.com/job_posting/${slug}'>Apply now</a></li>`;
  const board = `<div id='jobs'><h2>Open Positions</h2>
    <div data-target='job-filters.officeGroup'><h3>Valencia</h3><ul>${item("growth-intern-201", "Growth Intern", "Marketing", "Hybrid", "intern")}
    ${item("backend-developer-202", "Backend Developer", "", "Remote")}</ul></div>
    <div data-target='job-filters.officeGroup'><h3>Porto</h3><ul>${item("store-manager-203", "Store Manager", "Retail", "On-site")}</ul></div></div>`;

  it("reads its rows by their title block, team and office, not their apply buttons", () => {
    expect(jobs(board, "https://quillmoor.factorialhr.com/embed/jobs")).toEqual([
      {
        title: "Growth Intern",
        department: "Marketing",
        location: "Valencia",
        employmentType: "Internship",
        url: "https://quillmoor.factorialhr.com/job_posting/growth-intern-201",
        datePosted: undefined,
        source: "careers-page",
      },
      expect.objectContaining({ title: "Backend Developer", department: undefined, location: "Valencia" }),
      expect.objectContaining({
        title: "Store Manager",
        department: "Retail",
        location: "Porto",
        employmentType: undefined,
      }),
    ]);
  });

  it("reads the same rows on a career site of the company's own domain", () => {
    expect(jobs(board, "https://jobs.quillmoor.example/").map((job) => job.title)).toEqual([
      "Growth Intern",
      "Backend Developer",
      "Store Manager",
    ]);
  });
});

describe("lever board reader, current layout", () => {
  const posting = (id: string, title: string, way: string, commitment: string, place?: string) =>
    `<div class="posting" data-qa-posting-id="${id}"><div class="posting-apply" data-qa="btn-apply">
     <a href="https://jobs.lever.co/quillmoor/${id}" class="posting-btn-submit template-btn-submit">Apply</a></div>
     <a class="posting-title" href="https://jobs.lever.co/quillmoor/${id}"><h5 data-qa="posting-name">${title}</h5>
     <div class="posting-categories"><span class="display-inline-block small-category-label workplaceTypes">${way}&nbsp;—&nbsp;</span>
     <span class="sort-by-commitment posting-category small-category-label commitment">${commitment}</span>
     ${place ? `<span class="sort-by-location posting-category small-category-label location">${place}</span>` : ""}</div></a></div>`;

  it("reads the team's label over the department's header, and a remote job without a place as remote", () => {
    const found = jobs(
      `<div class="postings-wrapper">
       <div class="postings-group"><div class="large-category-header">Operations</div>
       <div class="posting-category-title large-category-label">Logistics</div><div class="horizontal-line"></div>
       ${posting("5d4c3b2a-0000-4000-8000-00000000a001", "Fleet Planner", "On-site", "Full-time", "Rotterdam")}</div>
       <div class="postings-group"><div class="large-category-header">Engineering</div>
       ${posting("5d4c3b2a-0000-4000-8000-00000000a002", "Site Reliability Engineer", "Remote", "Full-time")}</div></div>`,
      "https://jobs.lever.co/quillmoor",
    );
    expect(
      found.map(({ title, department, location, employmentType }) => [title, department, location, employmentType]),
    ).toEqual([
      ["Fleet Planner", "Logistics", "Rotterdam", "Full-time"],
      ["Site Reliability Engineer", "Engineering", "Remote", "Full-time"],
    ]);
  });
});

describe("smartrecruiters board reader, cards naming only their level", () => {
  it("takes the place from the group's title when a card's details name only its experience level", () => {
    const card = (id: string, title: string, level: string) =>
      `<li class="opening-job job column wide-7of16 medium-1of2"><a href="https://jobs.smartrecruiters.com/Quillmoor/${id}" class="link--block details js-job-ad-link">
       <h4 class="details-title job-title link--block-target">${title}</h4><p class="details-desc job-desc"><span class="margin--right--s">${level}</span></p></a></li>`;
    const found = jobs(
      `<h2>Jobs at Quillmoor</h2><section class="openings-section opening opening--grouped js-group">
       <header class="opening-header"><ul class="list--dotted title-list"><li><h3 class="opening-title title">Pune, India</h3></li><li><span class="title">2 jobs</span></li></ul></header>
       <ul class="opening-jobs">${card("744000000000001-noc-technician", "NOC Technician", "Associate")}${card("744000000000002-qa-engineer", "QA Engineer", "Mid-Senior Level")}</ul></section>`,
      "https://jobs.smartrecruiters.com/Quillmoor",
    );
    expect(found.map(({ title, location }) => [title, location])).toEqual([
      ["NOC Technician", "Pune, India"],
      ["QA Engineer", "Pune, India"],
    ]);
  });
});
