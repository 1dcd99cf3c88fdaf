import { ashbyJobs } from "./ashby";
import { join, recruitee } from "./board-data";
import { smartRecruiters, softgarden, teamtailor } from "./board-markup";
import { careersPageJobs, isCareersPage } from "./careers-page";
import { greenhouse2024, greenhouseClassic, lever, personio } from "./job-boards";
import { microdataJobs } from "./job-posting-page";
import { asObjects, ldDate, ldLocality, ldObjects, ldText, ldTexts } from "./jsonld";
import { seniorityOf } from "./seniority";
import type { SiteJob } from "./types";
import { parseUrl } from "./url";

/**
 * Open positions on a page: JSON-LD (or else microdata) first, then the board's own markup or data, then job links
 * as on a careers page (also on boards in a layout their reader does not know). A careers page on
 * a company's own domain may be a board's career site: its markup is tried before its links.
 */
export function extractJobs(doc: Document, url: string): SiteJob[] {
  const structured = jsonLdJobs(doc, url);
  const jobs = [
    ...structured,
    ...(structured.length ? [] : microdataJobs(doc, url)),
    ...boardJobs(doc, url, parseUrl(url)?.hostname ?? ""),
  ];
  const found = jobs.length || !isCareersPage(doc, url) ? jobs : careerSiteJobs(doc, url);
  return dedupe(found.map((job) => ({ ...job, seniority: seniorityOf(job.title) })));
}

function boardJobs(doc: Document, url: string, host: string): Omit<SiteJob, "seniority">[] {
  if (/greenhouse\.io$/.test(host)) return [...greenhouseClassic(doc, url), ...greenhouse2024(doc, url)];
  if (/lever\.co$/.test(host)) return lever(doc, url);
  if (/personio\.(de|com)$/.test(host)) return personio(doc, url);
  if (host === "jobs.ashbyhq.com") return ashbyJobs(doc, url);
  if (host.endsWith(".recruitee.com")) return recruitee(doc, url);
  if (/(^|\.)smartrecruiters\.com$/.test(host)) return smartRecruiters(doc, url);
  if (host.endsWith(".softgarden.io")) return softgarden(doc, url);
  if (/^(www\.)?join\.com$/.test(host)) return join(doc, url);
  // Teamtailor career sites on a company's own domain are known by their list's id (a cheap look-up).
  return teamtailor(doc, url);
}

/**
 * A careers page: a board's career site on the company's own domain (Recruitee, softgarden), read
 * by its data or markup; else its job links.
 */
function careerSiteJobs(doc: Document, url: string): Omit<SiteJob, "seniority">[] {
  for (const reader of [recruitee, softgarden]) {
    const site = reader(doc, url);
    if (site.length) return site;
  }
  return careersPageJobs(doc, url);
}

function jsonLdJobs(doc: Document, url: string): Omit<SiteJob, "seniority">[] {
  return ldObjects(doc)
    .filter((object) => ldTexts(object["@type"]).includes("JobPosting"))
    .flatMap((posting) => {
      const title = ldText(posting.title) ?? ldText(posting.name);
      if (!title) return [];
      const remote = ldText(posting.jobLocationType) === "TELECOMMUTE" ? "Remote" : undefined;
      const organization = asObjects(posting.hiringOrganization)[0];
      return [
        {
          title,
          department:
            ldText(posting.department) ?? ldText(organization?.department) ?? ldText(posting.occupationalCategory),
          location: ldLocality(posting.jobLocation) ?? remote,
          url: ldText(posting.url) ?? url,
          employmentType: ldTexts(posting.employmentType).join(", ") || undefined,
          datePosted: ldDate(posting.datePosted),
          source: "json-ld" as const,
        },
      ];
    });
}

function dedupe(jobs: SiteJob[]): SiteJob[] {
  const seen = new Set<string>();
  return jobs.filter((job) => {
    const key = `${job.title.toLowerCase()}|${(job.location ?? "").toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
