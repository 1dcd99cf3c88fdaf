import type { MessageAngle } from "../model/sequence";

/** FNV-1a, 32 bit: a stable, dependency-free hash for deterministic variant choices. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Picks an index in [0, length) from a seed and a salt, so each slot varies independently. */
export function pickIndex(length: number, seed: number, salt: string): number {
  return length <= 1 ? 0 : hash32(`${seed}:${salt}`) % length;
}

/** A/B subject assignment that stays the same for a prospect across drafts and devices. */
export function subjectVariantFor(prospectKey: string): "A" | "B" {
  return hash32(prospectKey) % 2 === 0 ? "A" : "B";
}

/** The message angle, assigned independently of the subject (its own salt), so both tests stay balanced. */
export function messageAngleFor(prospectKey: string): MessageAngle {
  return hash32(`angle:${prospectKey}`) % 2 === 0 ? "a" : "b";
}
