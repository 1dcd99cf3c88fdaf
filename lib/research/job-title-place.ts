import { isPlace } from "./careers-chips";
import type { SiteJob } from "./types";

type Job = Omit<SiteJob, "seniority">;

// A title's last part after a dash, a bar or "in" ("Analyst (m/w/d) – Düsseldorf", "Koch (m/w/d) in Köln").
const placeSuffix = /^(.{3,}?)\s+(?:[–—|-]|in)\s+([^–—|]{2,40})$/;

/**
 * A job whose title ends in its place ("Praktikum Restructuring (m/w/d) – München"), as lists of ads
 * print it: the title without the place, which becomes the job's place where it names none.
 * The last part counts only when it reads as a place or the way of working ("Remote").
 */
export function placeFromTitle(job: Job): Job {
  const match = placeSuffix.exec(job.title);
  const [, title, place] = match ?? [];
  if (!title || !place || !isPlace(place.trim())) return job;
  return { ...job, title: title.trim(), location: job.location ?? place.trim() };
}
