ALTER TABLE "users" ADD COLUMN "confirm_before_sign_in" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Invitations used so far gave their role at once: nothing is left to give on confirmation.
UPDATE "invitations" SET "used_by" = NULL WHERE "used_by" IS NOT NULL;
