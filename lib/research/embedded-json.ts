/**
 * The object a page's script assigns to a global ("window.__appData = {...};"): boards that
 * render their jobs in the browser ship them this way. The object's end is found by counting
 * braces outside strings, so text after it (more statements) does not matter; anything that is
 * not JSON gives undefined.
 */
export function assignedObject(script: string, marker: string): unknown {
  const at = script.indexOf(marker);
  if (at < 0) return undefined;
  const start = script.indexOf("{", at + marker.length);
  // Only white space and "=" may stand between the name and its value.
  if (start < 0 || !/^\s*=\s*$/.test(script.slice(at + marker.length, start))) return undefined;
  const end = objectEnd(script, start);
  if (end < 0) return undefined;
  return parsedJson(script.slice(start, end + 1));
}

/** The value a JSON text holds, or undefined when there is none or it is not JSON. */
export function parsedJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Index of the "}" closing the object opened at `start`, or -1. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === backslash) i++;
      else if (char === quote) inString = false;
    } else if (char === quote) inString = true;
    else if (char === open) depth++;
    else if (char === close && --depth === 0) return i;
  }
  return -1;
}

const backslash = 92;
const quote = 34;
const open = 123;
const close = 125;

/**
 * Nuxt 3 page data (`<script id="__NUXT_DATA__">`): a flat array whose first entry is the root and
 * whose objects and arrays hold indexes into it; ["Reactive", i] and the like wrap a value. Read
 * back into plain values, `budget.left` entries at most (shared with the caller's walk).
 */
export function revivedFlatData(flat: unknown, budget: { left: number }): unknown {
  if (!Array.isArray(flat) || flat.length === 0) return undefined;
  const seen = new Map<number, unknown>();
  const revive = (index: unknown, depth: number): unknown => {
    if (typeof index !== "number" || index < 0 || index >= flat.length || depth > 24) return undefined;
    if (seen.has(index)) return seen.get(index);
    if (budget.left-- <= 0) return undefined;
    const value: unknown = flat[index];
    let revived: unknown = value;
    if (Array.isArray(value)) {
      // A wrapper names its kind first: its value is the index after the name.
      revived = typeof value[0] === "string" ? revive(value[1], depth + 1) : value.map((at) => revive(at, depth + 1));
    } else if (typeof value === "object" && value !== null) {
      const entries = Object.entries(value).map(([key, at]) => [key, revive(at, depth + 1)]);
      revived = Object.fromEntries(entries);
    }
    seen.set(index, revived);
    return revived;
  };
  return revive(0, 0);
}

/**
 * Astro island props (`<astro-island props="{...}">`): each value is a [kind, value] pair, kind 0 a
 * plain value or an object of such pairs, kind 1 an array of them. Other kinds (dates, maps) are dropped.
 */
export function astroProps(text: string | null): unknown {
  const unwrap = (pair: unknown, depth: number): unknown => {
    if (!Array.isArray(pair) || pair.length !== 2 || depth > 24) return undefined;
    const [kind, value] = pair;
    if (kind === 1 && Array.isArray(value)) return value.map((item) => unwrap(item, depth + 1));
    if (kind !== 0) return undefined;
    return typeof value === "object" && value !== null ? unwrapObject(value, depth + 1) : value;
  };
  const unwrapObject = (value: object, depth: number): Record<string, unknown> =>
    Object.fromEntries(Object.entries(value).map(([key, pair]) => [key, unwrap(pair, depth)]));
  const props = parsedJson(text);
  return typeof props === "object" && props !== null ? unwrapObject(props, 0) : undefined;
}

/**
 * The values in a Next.js app router page's flight data: the strings its scripts push
 * (`self.__next_f.push([1,"..."])`) joined are rows "id:value", many of them JSON (the props of
 * the page's components). Texts beyond `maxText` in all are not read.
 */
export function flightValues(scripts: readonly string[], maxText: number): unknown[] {
  let joined = "";
  for (const script of scripts) {
    const start = script.indexOf(flightPush);
    const end = script.lastIndexOf(")");
    if (start < 0 || end < start) continue;
    const pushed = parsedJson(script.slice(start + flightPush.length, end));
    if (Array.isArray(pushed) && typeof pushed[1] === "string") joined += pushed[1];
    if (joined.length > maxText) break;
  }
  return joined.split("\n").flatMap((row) => {
    const value = /^[0-9a-f]{1,8}:[[{]/.test(row) ? parsedJson(row.slice(row.indexOf(":") + 1)) : undefined;
    return value === undefined ? [] : [value];
  });
}

export const flightPush = "self.__next_f.push(";
