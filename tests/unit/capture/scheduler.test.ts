import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { watchUntilSettled } from "@/lib/capture/scheduler";

const options = { quietMs: 100, maxWaitMs: 1000, watchMs: 5000 };
const timers = {
  setTimeout: (handler: () => void, ms: number) => window.setTimeout(handler, ms),
  clearTimeout: (id: number) => window.clearTimeout(id),
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

test("captures once the page has been quiet", () => {
  const settled = vi.fn();
  watchUntilSettled(settled, timers, options);
  vi.advanceTimersByTime(99);
  expect(settled).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(settled).toHaveBeenCalledOnce();
});

test("mutations postpone the capture, but never beyond the longest wait", () => {
  const settled = vi.fn();
  const watcher = watchUntilSettled(settled, timers, options);
  for (let i = 0; i < 20; i++) {
    vi.advanceTimersByTime(60);
    watcher.mutated();
  }
  expect(settled).toHaveBeenCalledOnce();
});

test("late sections trigger another capture while watching, none after", () => {
  const settled = vi.fn();
  const watcher = watchUntilSettled(settled, timers, options);
  vi.advanceTimersByTime(100);
  watcher.mutated();
  vi.advanceTimersByTime(100);
  expect(settled).toHaveBeenCalledTimes(2);
  vi.advanceTimersByTime(5000);
  watcher.mutated();
  vi.advanceTimersByTime(2000);
  expect(settled).toHaveBeenCalledTimes(2);
});

test("stop cancels a pending capture", () => {
  const settled = vi.fn();
  const watcher = watchUntilSettled(settled, timers, options);
  watcher.stop();
  vi.advanceTimersByTime(5000);
  expect(settled).not.toHaveBeenCalled();
});
