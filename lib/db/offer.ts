import { type Offer, type OfferInput, storedOfferSchema } from "../model";
import type { ProspectDatabase } from "./database";

/** The user's offer, or undefined when none is set up yet (or the stored one is unreadable). */
export async function loadOffer(db: ProspectDatabase): Promise<Offer | undefined> {
  const parsed = storedOfferSchema.safeParse(await db.offers.get("offer"));
  if (!parsed.success) return undefined;
  const { key: _key, ...offer } = parsed.data;
  return offer;
}

/** Validates and stores the offer; throws a ZodError naming the offending fields when invalid. */
export async function saveOffer(db: ProspectDatabase, offer: OfferInput): Promise<Offer> {
  const stored = storedOfferSchema.parse({ ...offer, key: "offer" });
  await db.offers.put(stored);
  const { key: _key, ...saved } = stored;
  return saved;
}
