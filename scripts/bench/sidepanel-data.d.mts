import type { Page } from "playwright-core";
import type { Company, OutreachEvent, Person, Signal } from "../../lib/model";

export interface FictionalData {
  people: Person[];
  companies: Company[];
  signals: Signal[];
  outreachEvents: OutreachEvent[];
}

export function fictionalPerson(i: number, now: number, overrides?: Partial<Person>): Person;
export function fictionalProspects(count: number, now: number): FictionalData;
export function seedDatabase(page: Page, data: Partial<FictionalData>): Promise<void>;
