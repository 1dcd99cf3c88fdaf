import { expect, test } from "vitest";
import { backgroundToOffscreenSchema, maxGrantedOrigins } from "@/lib/messaging/protocol";

const research = {
  type: "offscreen/research",
  runId: "run-1",
  url: "https://www.kranich-robotik.example/",
  html: "<h1>Kranich</h1>",
  grantedOrigins: ["https://www.kranich-robotik.example/*", "https://*.jobs.personio.de/*"],
};

test("a research hands the granted host permissions to the offscreen document", () => {
  const parsed = backgroundToOffscreenSchema.parse(research);
  expect(parsed).toEqual(research);
});

test("a research without, or with malformed, granted host permissions is rejected", () => {
  const { grantedOrigins: _, ...without } = research;
  for (const message of [
    without,
    { ...research, grantedOrigins: "https://*/*" },
    { ...research, grantedOrigins: [42] },
    { ...research, grantedOrigins: [""] },
    { ...research, grantedOrigins: Array.from({ length: maxGrantedOrigins + 1 }, (_, i) => `https://h${i}.example/*`) },
  ]) {
    expect(backgroundToOffscreenSchema.safeParse(message).success).toBe(false);
  }
});
