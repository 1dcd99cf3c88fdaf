import type { Capture } from "../model";

/**
 * After in-app navigation LinkedIn can show the previous profile's DOM under the new
 * address for a moment. A capture at a new address that finds exactly the previous
 * subject's name is taken to be stale and is not sent; the next settle tries again.
 */
export interface Captured {
  subject: string;
  name: string;
}

export function subjectAndName(capture: Capture): Captured | undefined {
  if (capture.kind === "person")
    return capture.person ? { subject: capture.profileUrl, name: capture.person.name } : undefined;
  const subject = capture.linkedinUrl ?? capture.domain;
  return subject && capture.company ? { subject, name: capture.company.name } : undefined;
}

export function isStale(capture: Capture, previous: Captured | undefined): boolean {
  const current = subjectAndName(capture);
  if (!current || !previous) return false;
  return current.subject !== previous.subject && current.name === previous.name;
}
