import type { ResearchPageState } from "../model/research-run";

/** Why a job board on another site was listed but not read: the user has not allowed its host yet. */
export function boardNotAllowedReason(url: string): string {
  return `job board on another site (${new URL(url).hostname}): not read, because Prospect Scout may not access it yet`;
}

/** True for a job board that a research left unread only for lack of permission. */
export function awaitsBoardAccess(page: ResearchPageState): boolean {
  return page.kind === "job-board" && page.state === "skipped" && page.reason === boardNotAllowedReason(page.url);
}

/** The origins of the job boards a research could read once the user allows them, each once. */
export function boardOriginsAwaitingAccess(pages: readonly ResearchPageState[]): string[] {
  return [...new Set(pages.filter(awaitsBoardAccess).map((page) => new URL(page.url).origin))];
}
