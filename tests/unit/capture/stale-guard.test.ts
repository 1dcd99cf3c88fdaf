import { expect, test } from "vitest";
import { isStale, subjectAndName } from "@/lib/capture/stale-guard";
import { personCapture } from "../db/helpers";

const lena = personCapture();
const previous = subjectAndName(lena);

test("the previous person's name under a new address is stale", () => {
  const atNewAddress = personCapture({ profileUrl: "https://www.linkedin.com/in/jonas-weber-demo/" });
  expect(isStale(atNewAddress, previous)).toBe(true);
});

test("a new name under a new address, or a recapture of the same person, is not stale", () => {
  const jonas = personCapture({
    profileUrl: "https://www.linkedin.com/in/jonas-weber-demo/",
    person: { name: "Jonas Weber" },
  });
  expect(isStale(jonas, previous)).toBe(false);
  expect(isStale(lena, previous)).toBe(false);
  expect(isStale(lena, undefined)).toBe(false);
});

test("a capture that found no one has no subject", () => {
  expect(subjectAndName(personCapture({ person: undefined }))).toBeUndefined();
});
