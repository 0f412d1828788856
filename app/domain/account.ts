import { z } from "zod";

// Checked as typed: no trimming, truncation or case folding.
export const PasswordSchema = z.string().min(12).max(128);

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .email()
  .transform((email) => email.toLowerCase());

export const PersonNameSchema = z.string().trim().min(1).max(120);

export const INVITATION_ROLES = ["member", "analyst", "customs_reviewer"] as const;
export type InvitationRole = (typeof INVITATION_ROLES)[number];

export const INVITATION_VALID_DAYS = 7;

/** How long a password reset link works. */
export const PASSWORD_RESET_MINUTES = 30;

export const SecondFactorCodeSchema = z.string().trim().min(6).max(40);

/** How long a link that confirms an e-mail address works. */
export const EMAIL_CONFIRMATION_HOURS = 24;
