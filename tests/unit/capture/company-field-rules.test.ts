import fc from "fast-check";
import { expect, test } from "vitest";
import { companyFieldRules, validCompanyValue } from "@/lib/capture/linkedin/company-field-rules";
import { companyFieldsSchema } from "@/lib/model";

test("there is a rule for every company field of the model, and no other", () => {
  expect(Object.keys(companyFieldRules).sort()).toEqual(Object.keys(companyFieldsSchema.shape).sort());
});

test("whatever a rule keeps, the model's schema accepts", () => {
  const shape = companyFieldsSchema.shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  const values = fc.oneof(
    fc.jsonValue(),
    fc.integer({ min: -5, max: 3000 }),
    fc.array(fc.string()),
    fc.record({
      round: fc.option(fc.string(), { nil: undefined }),
      amount: fc.option(fc.double(), { nil: undefined }),
    }),
  );
  fc.assert(
    fc.property(fc.constantFrom(...Object.keys(shape)), values, (field, value) => {
      if (validCompanyValue(field, value))
        expect(shape[field]?.safeParse(value).success, `${field}: ${JSON.stringify(value)}`).toBe(true);
    }),
    { numRuns: 3000 },
  );
});

test("typical values are kept, odd ones dropped", () => {
  expect(validCompanyValue("founded", 2019)).toBe(true);
  expect(validCompanyValue("founded", 3019)).toBe(false);
  expect(validCompanyValue("followers", -1)).toBe(false);
  expect(validCompanyValue("specialties", ["RevOps", 3])).toBe(false);
  expect(validCompanyValue("funding", [{ round: "Series A", amount: 12_000_000, currency: "EUR" }])).toBe(true);
  expect(validCompanyValue("unknownField", "x")).toBe(false);
});
