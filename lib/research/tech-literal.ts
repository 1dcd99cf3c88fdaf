/**
 * Plain text every match of a regular expression must contain, lower-cased: one piece per
 * top-level alternative ("<!-- Start of Async HubSpot" → ["<!-- start of async hubspot"]), or
 * undefined when an alternative has no piece of at least 3 characters. A page containing none
 * of the pieces cannot match, so the (often expensive) expression is skipped.
 */
export function requiredLiterals(source: string): string[] | undefined {
  // "(?:a|b)" around the whole expression is the same as "a|b".
  const whole = source.startsWith("(") && closing(source, 0) === source.length - 1;
  const body = whole ? source.slice(source.startsWith("(?:") ? 3 : 1, -1) : source;
  const pieces = alternatives(body).map(requiredLiteral);
  return pieces.every((piece) => piece !== undefined) ? pieces : undefined;
}

/** Splits at the `|` outside groups and classes. */
function alternatives(source: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === "\\") i++;
    else if (char === "(" || char === "[") i = closing(source, i);
    else if (char === "|") {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
    if (i < 0) return [source];
  }
  return [...parts, source.slice(start)];
}

/** The longest piece of plain text every match must contain; groups and classes end a piece. */
function requiredLiteral(source: string): string | undefined {
  const pieces: string[] = [];
  let piece = "";
  const end = () => {
    if (piece) pieces.push(piece);
    piece = "";
  };
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === "|") return undefined; // an alternative at the top: nothing is required
    if (char === "\\") {
      const next = source.charAt(++i);
      if (/[A-Za-z0-9]/.test(next))
        end(); // \d, \s, \b, back references: not plain text
      else piece += next;
    } else if (char === "(" || char === "[") {
      i = closing(source, i);
      end();
    } else if (char === "?" || char === "*" || (char === "{" && source.charAt(i + 1) === "0")) {
      piece = piece.slice(0, -1); // the character before is optional
      end();
      if (char === "{") i = source.indexOf("}", i);
    } else if (char === "{") {
      end();
      i = source.indexOf("}", i);
    } else if ("+.^$".includes(char)) end();
    else piece += char;
    if (i < 0) return undefined;
  }
  end();
  const best = pieces.filter((candidate) => /^[\x20-\x7e]{3,}$/.test(candidate)).sort((a, b) => b.length - a.length)[0];
  return best?.toLowerCase();
}

/** Index of the `)` or `]` closing the group or class opened at `start`; -1 if unbalanced. */
function closing(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") {
      inClass = true;
      if (depth === 0) return closingClass(source, i);
    } else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i;
  }
  return -1;
}

function closingClass(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === "\\") i++;
    else if (char === "]") return i;
  }
  return -1;
}
