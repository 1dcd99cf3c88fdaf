/** Decoding fetched HTML: many German sites still send Windows-1252 or ISO-8859-1. */

/** Bytes → text, honouring a BOM, the Content-Type charset, then `<meta charset>`; UTF-8 otherwise. */
export function decodeHtml(bytes: Uint8Array, contentTypeHeader?: string): string {
  const label = bomCharset(bytes) ?? headerCharset(contentTypeHeader) ?? metaCharset(bytes) ?? "utf-8";
  const decoder = decoderFor(label);
  const text = decoder.decode(bytes);
  return decoder.encoding === "windows-1252" ? fixC1(text) : text;
}

// Windows-1252 characters at 0x80-0x9F; some runtimes decode them as C1 controls (ISO-8859-1).
const cp1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => cp1252[char.charCodeAt(0) - 0x80] ?? char);
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    // An unknown label (a typo on the site) falls back to UTF-8, like browsers do.
    return new TextDecoder("utf-8");
  }
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return undefined;
}

const charsetParam = /charset\s*=\s*["']?\s*([\w.:-]+)/i;

function headerCharset(header: string | undefined): string | undefined {
  return header ? charsetParam.exec(header)?.[1]?.toLowerCase() : undefined;
}

/** The prescan of the HTML standard, simplified: the first 1024 bytes as Latin-1. */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, 1024));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return undefined;
}
