import { useEffect, useState } from "react";

/**
 * `compute(input)` run after the browser has painted what is already there, once
 * per new input: the heavy parts below the fold must not hold back the five metrics.
 * `compute` must be a stable (module-level) function.
 */
export function useAfterPaint<I, T>(input: I, compute: (input: I) => T): T | undefined {
  const [result, setResult] = useState<{ input: I; value: T }>();
  useEffect(() => {
    const handle = setTimeout(() => setResult({ input, value: compute(input) }), 0);
    return () => clearTimeout(handle);
  }, [input, compute]);
  return result?.input === input ? result.value : undefined;
}
