import { describe, expect, it } from "vitest";
import { memoPerPage, withPageMemo } from "../../../lib/research/page-memo";

describe("memoPerPage", () => {
  const counted = () => {
    let calls = 0;
    const read = memoPerPage((key: object) => ({ key, call: ++calls }));
    return { read, calls: () => calls };
  };

  it("computes afresh outside a research, as a live page may change between calls", () => {
    const { read, calls } = counted();
    const key = {};
    read(key);
    read(key);
    expect(calls()).toBe(2);
  });

  it("computes once per key within a research, and again in the next one", () => {
    const { read, calls } = counted();
    const [a, b] = [{}, {}];
    const first = withPageMemo(() => [read(a), read(a), read(b)]);
    expect(first[0]).toBe(first[1]);
    expect(first[2]?.key).toBe(b);
    expect(calls()).toBe(2);
    const again = withPageMemo(() => read(a));
    expect(again).not.toBe(first[0]);
    expect(calls()).toBe(3);
  });

  it("shares the readings of an outer research with an extractor that opens its own", () => {
    const { read, calls } = counted();
    const key = {};
    withPageMemo(() => {
      read(key);
      withPageMemo(() => read(key));
      read(key);
    });
    expect(calls()).toBe(1);
  });

  it("forgets the research when it throws", () => {
    const { read, calls } = counted();
    const key = {};
    expect(() =>
      withPageMemo(() => {
        read(key);
        throw new Error("extractor failed");
      }),
    ).toThrow();
    read(key);
    expect(calls()).toBe(2);
  });
});
