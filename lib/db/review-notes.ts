import { type ReviewNote, reviewNoteSchema } from "../model";
import type { ProspectDatabase } from "./database";

/** Saves the note of a week (one per week: saving again replaces it); throws when invalid. */
export async function saveReviewNote(db: ProspectDatabase, note: ReviewNote): Promise<void> {
  await db.reviewNotes.put(reviewNoteSchema.parse(note));
}

/** Every week's note, newest week first. */
export async function reviewNotesOf(db: ProspectDatabase): Promise<ReviewNote[]> {
  return (await db.reviewNotes.orderBy("week").reverse().toArray()).filter(
    (note) => reviewNoteSchema.safeParse(note).success,
  );
}
