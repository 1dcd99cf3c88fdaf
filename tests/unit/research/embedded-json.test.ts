import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignedObject, revivedFlatData } from "../../../lib/research/embedded-json";

const marker = "window.__appData";

describe("assignedObject", () => {
  it("reads the object assigned to a global, whatever code follows it", () => {
    const script = `window.__appData = {"a":{"b":[1,2]},"c":"x"};\n  fetch("/manifest.json"); var y = {z: 1};`;
    expect(assignedObject(script, marker)).toEqual({ a: { b: [1, 2] }, c: "x" });
  });

  it("is not misled by braces and escaped quotes inside strings", () => {
    const script = `window.__appData={"title":"Engineer {Kubernetes}","teaser":"We say \\"ship it\\" }","n":{}}; x()`;
    expect(assignedObject(script, marker)).toEqual({
      title: "Engineer {Kubernetes}",
      teaser: 'We say "ship it" }',
      n: {},
    });
  });

  it("gives undefined for anything but an assignment of a whole JSON object", () => {
    expect(assignedObject(`if (window.__appData) { start({"a":1}); }`, marker)).toBeUndefined();
    expect(assignedObject(`window.__appData = {"jobBoard": {"jobPos`, marker)).toBeUndefined();
    expect(assignedObject(`window.__appData = {a: 1};`, marker)).toBeUndefined();
    expect(assignedObject(`window.other = {"a": 1};`, marker)).toBeUndefined();
    expect(assignedObject(`window.__appData = "{}"`, marker)).toBeUndefined();
  });

  it("round-trips any JSON object, and never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), (value, tail) => {
        expect(assignedObject(`${marker} = ${JSON.stringify(value)};${tail}`, marker)).toEqual(
          JSON.parse(JSON.stringify(value)),
        );
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => void assignedObject(`${marker} =${text}`, marker)));
  });

  it("reads a deeply nested or large object in linear time", () => {
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    expect(assignedObject(`${marker} = {"d":${deep}}`, marker)).toBeDefined();
    const large = { jobPostings: Array.from({ length: 20_000 }, (_, i) => ({ id: `${i}`, title: `Role {${i}}` })) };
    expect(assignedObject(`${marker} = ${JSON.stringify(large)};`, marker)).toEqual(large);
  });
});

describe("revivedFlatData", () => {
  it("rebuilds objects and arrays from indexes into the flat array, unwrapping reactive values", () => {
    const flat = [["Reactive", 1], { plans: 2 }, [3], { name: 4, price: 5 }, "Team", 49];
    expect(revivedFlatData(flat, { left: 100 })).toEqual({ plans: [{ name: "Team", price: 49 }] });
  });

  it("ends on an entry that names itself, however many times", () => {
    // Hostile page data: one array naming itself 50,000 times. The first reading that ends (at the
    // depth limit) is the one every later mention gets.
    const flat = [Array.from({ length: 50_000 }, () => 0)];
    const revived = revivedFlatData(flat, { left: 20_000 });
    expect(Array.isArray(revived) && revived.length).toBe(50_000);
  });
});
