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
