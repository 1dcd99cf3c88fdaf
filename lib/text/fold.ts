const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets without splitting a UTF-8 character, as
 * calendar (RFC 5545 §3.1) and vCard (RFC 6350 §3.2) files require.
 */
export function foldContentLine(line: string): string {
  const chunks: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts against their 75 octets.
    const limit = chunks.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      chunks.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join("\r\n ");
}
