ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL;--> statement-breakpoint
-- A password typed when an invitation was used may be the inviter's: the owner of the address
-- chooses one on confirming it instead.
UPDATE "users" SET "password_hash" = NULL WHERE "confirm_before_sign_in" AND "email_verified_at" IS NULL;
