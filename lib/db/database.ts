import Dexie, { type EntityTable } from "dexie";
import type {
  CaptureLog,
  Company,
  EmailLogRow,
  Fact,
  Icp,
  OutreachEvent,
  Person,
  ResearchRun,
  ReviewNote,
  Sequence,
  Settings,
  Signal,
  StoredOffer,
} from "../model";
import { schemaVersions } from "./schema";

export const databaseName = "prospect-scout";

export type ProspectDatabase = Dexie & {
  people: EntityTable<Person, "id">;
  companies: EntityTable<Company, "id">;
  signals: EntityTable<Signal, "id">;
  facts: EntityTable<Fact, "id">;
  icps: EntityTable<Icp, "id">;
  sequences: EntityTable<Sequence, "id">;
  outreachEvents: EntityTable<OutreachEvent, "id">;
  captures: EntityTable<CaptureLog, "id">;
  settings: EntityTable<Settings, "key">;
  researchRuns: EntityTable<ResearchRun, "id">;
  offers: EntityTable<StoredOffer, "key">;
  reviewNotes: EntityTable<ReviewNote, "week">;
  emailLog: EntityTable<EmailLogRow, "key">;
};

/** Opens the database with every schema version declared. Extension pages and the background only. */
export function openDatabase(name = databaseName): ProspectDatabase {
  const db = new Dexie(name) as ProspectDatabase;
  for (const { version, stores } of schemaVersions) db.version(version).stores(stores);
  return db;
}

let shared: ProspectDatabase | undefined;

/** The database of this extension context, opened once. */
export function getDatabase(): ProspectDatabase {
  shared ??= openDatabase();
  return shared;
}
