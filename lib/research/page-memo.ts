/**
 * Readings several extractors take from the same page (its text lines, its JSON-LD) are
 * computed once per research of that page. Only inside `withPageMemo`: outside it every
 * call computes afresh, as a live page may change between two calls.
 */

let scopes = 0;
let active = 0;

/**
 * Runs `run` with memoised readings, forgotten when it returns. Inside another such call it
 * shares that one's: an extractor can be called alone or as part of a page's research.
 */
export function withPageMemo<T>(run: () => T): T {
  if (active !== 0) return run();
  active = ++scopes;
  try {
    return run();
  } finally {
    active = 0;
  }
}

/** `compute` remembered per key (a document or node) for the research under way. Callers must not mutate the result. */
export function memoPerPage<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  let cache = new WeakMap<K, V>();
  let cachedIn = 0;
  return (key) => {
    if (active === 0) return compute(key);
    if (cachedIn !== active) {
      cache = new WeakMap();
      cachedIn = active;
    }
    // One lookup: an undefined result is simply computed again.
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
