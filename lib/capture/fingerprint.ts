import type { Capture } from "../model";

/** Identifies what a capture found, ignoring when: equal fingerprints need not be sent again. */
export function captureFingerprint(capture: Capture): string {
  const { capturedAt: _capturedAt, ...rest } = capture;
  return JSON.stringify(rest);
}
