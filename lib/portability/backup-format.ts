import { z } from "zod";
import {
  captureLogSchema,
  companySchema,
  factSchema,
  icpSchema,
  outreachEventSchema,
  personSchema,
  researchRunSchema,
  reviewNoteSchema,
  sequenceSchema,
  settingsSchema,
  signalSchema,
  storedOfferSchema,
} from "../model";

export const backupApp = "prospect-scout";
export const backupFormat = 1;

/**
 * Every table of lib/db/database.ts with the schema of its records: a new table must be added
 * here too, unless it is derived from the others (`derivedTables`: rebuilt after a restore).
 */
export const tableSchemas = {
  people: personSchema,
  companies: companySchema,
  signals: signalSchema,
  facts: factSchema,
  icps: icpSchema,
  sequences: sequenceSchema,
  outreachEvents: outreachEventSchema,
  captures: captureLogSchema,
  settings: settingsSchema,
  researchRuns: researchRunSchema,
  offers: storedOfferSchema,
  reviewNotes: reviewNoteSchema,
} as const;

export type TableName = keyof typeof tableSchemas;
export const tableNames = Object.keys(tableSchemas) as TableName[];

export const backupHeaderSchema = z.object({
  app: z.literal(backupApp),
  format: z.literal(backupFormat),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.iso.datetime(),
  counts: z.object(
    Object.fromEntries(tableNames.map((name) => [name, z.number().int().nonnegative()])) as Record<
      TableName,
      z.ZodNumber
    >,
  ),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const backupTablesSchema = z.object({
  people: z.array(tableSchemas.people),
  companies: z.array(tableSchemas.companies),
  signals: z.array(tableSchemas.signals),
  facts: z.array(tableSchemas.facts),
  icps: z.array(tableSchemas.icps),
  sequences: z.array(tableSchemas.sequences),
  outreachEvents: z.array(tableSchemas.outreachEvents),
  captures: z.array(tableSchemas.captures),
  settings: z.array(tableSchemas.settings),
  researchRuns: z.array(tableSchemas.researchRuns),
  offers: z.array(tableSchemas.offers),
  reviewNotes: z.array(tableSchemas.reviewNotes),
});
export type BackupTables = z.infer<typeof backupTablesSchema>;

export const backupSchema = z.object({ header: backupHeaderSchema, tables: backupTablesSchema });
export type Backup = z.infer<typeof backupSchema>;
