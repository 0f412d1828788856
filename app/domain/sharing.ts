import { z } from "zod";

// Whoever opens a shared report first says why: at least a case or inspection reference.
export const PURPOSE_MIN_LENGTH = 10;
export const PurposeSchema = z.object({ purpose: z.string().trim().min(PURPOSE_MIN_LENGTH).max(300) });

export const CONSENT_RECIPIENTS = ["customs", "association"] as const;
export type ConsentRecipient = (typeof CONSENT_RECIPIENTS)[number];
