ALTER TABLE "consents" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
-- Consents from before terms existed hold a year from their grant, and a consent in force at
-- least 30 days more, so its admins are told before it ends. A revoked one ends at its
-- revocation, which keeps its history as it was.
UPDATE "consents" SET "expires_at" = CASE
  WHEN "revoked_at" IS NULL THEN greatest("granted_at" + interval '12 months', now() + interval '30 days')
  ELSE greatest("granted_at" + interval '12 months', "revoked_at")
END;--> statement-breakpoint
ALTER TABLE "consents" ALTER COLUMN "expires_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "ending_notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "ended_notice_at" timestamp with time zone;
