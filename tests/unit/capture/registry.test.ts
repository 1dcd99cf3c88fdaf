import { expect, test } from "vitest";
import { captureLinkedInPage, isCapturablePage } from "@/lib/capture/registry";

test("only profiles and company pages are read", () => {
  expect(isCapturablePage("https://www.linkedin.com/in/lena-hoffmann-demo/")).toBe(true);
  expect(isCapturablePage("https://de.linkedin.com/company/nordlicht-analytics/about/")).toBe(true);
  for (const url of [
    "https://www.linkedin.com/feed/",
    "https://www.linkedin.com/messaging/",
    "https://www.linkedin.com/jobs/",
  ]) {
    expect(isCapturablePage(url)).toBe(false);
    expect(captureLinkedInPage(document, url)).toBeUndefined();
  }
});
