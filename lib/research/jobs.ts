import { ashbyJobs } from "./ashby";
import { employmentType, join, recruitee, rippling } from "./board-data";
import { bambooHr, breezy, concludis, dvinci, hrworks } from "./board-embeds";
import { factorial, hibob, smartRecruiters, softgarden, teamtailor, teamtailorGrid } from "./board-markup";
import { jobvite, rexx } from "./board-tables";
import { careersPageJobs, isCareersPage } from "./careers-page";
import { openApplication } from "./careers-words";
import { greenhouse2024, greenhouseClassic, lever, personio } from "./job-boards";
import { microdataJobs } from "./job-posting-page";
import { placeFromTitle } from "./job-title-place";
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
  // Boards list an open application like an ad; it names no opening.
  const ads = found.filter((job) => !openApplication.test(job.title)).map(placeFromTitle);
  return dedupe(ads.map((job) => ({ ...job, seniority: seniorityOf(job.title) })));
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
  if (host.endsWith(".breezy.hr")) return breezy(doc, url);
  if (host.endsWith(".rexx-systems.com")) return rexx(doc, url);
  if (host === "jobs.jobvite.com") return jobvite(doc, url);
  if (host.endsWith(".factorialhr.com")) return factorial(doc, url);
  if (host.endsWith(".teamtailor.com")) return orElse(teamtailor(doc, url), () => teamtailorGrid(doc, url));
  if (host === "ats.rippling.com") return rippling(doc, url);
  if (host.endsWith(".careers.hibob.com")) return hibob(doc, url);
  if (host.endsWith(".concludis.de")) return concludis(doc, url);
  if (/\.dvinci(?:-hr|-easy)?\.(?:com|de)$/.test(host)) return dvinci(doc, url);
  // Teamtailor career sites on a company's own domain are known by their list's id (a cheap look-up).
  return teamtailor(doc, url);
}

function orElse<T>(found: T[], other: () => T[]): T[] {
  return found.length ? found : other();
}

const careerSiteReaders = [
  recruitee,
  softgarden,
  teamtailorGrid,
  breezy,
  hrworks,
  rexx,
  jobvite,
  factorial,
  bambooHr,
  concludis,
  dvinci,
];

/**
 * A careers page: a board's career site on the company's own domain (Recruitee, softgarden,
 * Teamtailor's grid, Breezy, HRworks, rexx, Jobvite, Factorial, d.vinci) or a board's list embedded in it
 * (BambooHR, Concludis), read by its data or markup; else its job links.
 */
function careerSiteJobs(doc: Document, url: string): Omit<SiteJob, "seniority">[] {
  for (const reader of careerSiteReaders) {
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
      const types = ldTexts(posting.employmentType).map(ldEmploymentType).filter(Boolean);
      const organization = asObjects(posting.hiringOrganization)[0];
      return [
        {
          title,
          department:
            ldText(posting.department) ?? ldText(organization?.department) ?? ldText(posting.occupationalCategory),
          location: ldPlaces(posting.jobLocation) ?? remote,
          url: ldText(posting.url) ?? url,
          employmentType: types.join(", ") || undefined,
          datePosted: ldDate(posting.datePosted),
          source: "json-ld" as const,
        },
      ];
    });
}

/** A posting's places: one with its country ("Hamburg, DE"), several by their cities ("Dortmund, Düsseldorf"). */
function ldPlaces(value: unknown): string | undefined {
  const places = asObjects(value);
  if (places.length < 2) return ldLocality(value);
  const cities = places.map((place) => ldLocality(place)?.split(",")[0]?.trim()).filter(Boolean);
  return [...new Set(cities)].join(", ") || undefined;
}

/** Schema.org's employment codes in words ("FULL_TIME" → "Full-time"); a board's own words stay. */
function ldEmploymentType(value: string): string | undefined {
  if (!/^[A-Z_]+$/.test(value)) return value;
  return value === "OTHER" ? undefined : employmentType(value);
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
