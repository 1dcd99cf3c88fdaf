import { z } from "zod";

export const idSchema = z.string().min(1).max(200);
export type Id = z.infer<typeof idSchema>;

export function newId(): Id {
  return crypto.randomUUID();
}

/** Epoch milliseconds: stored as numbers so they index and sort cheaply. */
export const timestampSchema = z.number().int().nonnegative();

/** A web address: http or https only, so javascript: and data: never become links. */
export const webUrlSchema = z
  .string()
  .max(4000)
  .url()
  .refine((value) => /^https?:\/\//i.test(value), "must be an http or https address");
