import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignedObject } from "../../../lib/research/embedded-json";

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
