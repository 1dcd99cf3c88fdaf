import { z } from "zod";

export const idSchema = z.string().min(1).max(200);
export type Id = z.infer<typeof idSchema>;

export function newId(): Id {
  return crypto.randomUUID();
}

/** Epoch milliseconds: stored as numbers so they index and sort cheaply. */
export const timestampSchema = z.number().int().nonnegative();
