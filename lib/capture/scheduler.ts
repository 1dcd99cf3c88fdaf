/**
 * Decides when a single-page app has settled enough to capture: after a quiet
 * spell with no DOM mutations, or at the latest after maxWaitMs. Lazily rendered
 * sections trigger further captures for a while; the caller sends only changes.
 */
export interface SettleOptions {
  quietMs: number;
  maxWaitMs: number;
  /** How long to keep watching for late sections after the first capture. */
  watchMs: number;
}

export const defaultSettleOptions: SettleOptions = { quietMs: 350, maxWaitMs: 3000, watchMs: 15_000 };

export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface SettleWatcher {
  /** Call on every batch of DOM mutations. */
  mutated(): void;
  /** Stops all timers (navigation, or the extension was updated). */
  stop(): void;
}

export function watchUntilSettled(
  onSettled: () => void,
  timers: Timers,
  options: SettleOptions = defaultSettleOptions,
): SettleWatcher {
  let quiet: number | undefined;
  let deadline: number | undefined;
  let stopped = false;
  const fire = () => {
    clear();
    if (!stopped) onSettled();
  };
  const clear = () => {
    if (quiet !== undefined) timers.clearTimeout(quiet);
    if (deadline !== undefined) timers.clearTimeout(deadline);
    quiet = undefined;
    deadline = undefined;
  };
  const arm = () => {
    if (stopped) return;
    if (quiet !== undefined) timers.clearTimeout(quiet);
    quiet = timers.setTimeout(fire, options.quietMs);
    deadline ??= timers.setTimeout(fire, options.maxWaitMs);
  };
  const end = timers.setTimeout(() => {
    stopped = true;
    clear();
  }, options.watchMs);
  arm();
  return {
    mutated: arm,
    stop() {
      stopped = true;
      clear();
      timers.clearTimeout(end);
    },
  };
}
