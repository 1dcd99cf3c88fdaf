import { expect, test } from "vitest";
import { awaitsBoardAccess, boardNotAllowedReason, boardOriginsAwaitingAccess } from "@/lib/crawl/board-access";
import type { ResearchPageState } from "@/lib/model";

const unread = (url: string): ResearchPageState => ({
  url,
  kind: "job-board",
  state: "skipped",
  reason: boardNotAllowedReason(url),
});

test("boards skipped for lack of permission are offered once per origin", () => {
  const pages: ResearchPageState[] = [
    { url: "https://www.kranich-robotik.example/", kind: "home", state: "done" },
    unread("https://boards.greenhouse.io/kranich"),
    unread("https://boards.greenhouse.io/kranich/jobs/7"),
    unread("https://kranich-robotik.jobs.personio.de/"),
  ];
  expect(boardOriginsAwaitingAccess(pages)).toEqual([
    "https://boards.greenhouse.io",
    "https://kranich-robotik.jobs.personio.de",
  ]);
});

test("boards left unread for any other reason are not offered", () => {
  const board = "https://jobs.lever.co/kranich";
  expect(awaitsBoardAccess(unread(board))).toBe(true);
  for (const page of [
    { ...unread(board), reason: "disallowed by the site's robots.txt" },
    { ...unread(board), state: "failed" as const },
    { ...unread(board), state: "done" as const, reason: undefined },
    { ...unread(board), kind: "careers" },
  ]) {
    expect(awaitsBoardAccess(page)).toBe(false);
  }
  expect(boardOriginsAwaitingAccess([{ ...unread(board), state: "done" }])).toEqual([]);
});
