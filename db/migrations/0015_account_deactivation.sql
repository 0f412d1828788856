ALTER TABLE "users" ADD COLUMN "last_sign_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deactivated_at" timestamp with time zone;--> statement-breakpoint
-- The last sign-in so far, from the audit trail.
UPDATE "users" u SET "last_sign_in_at" = s.at
FROM (SELECT actor_user_id, max(at) AS at FROM audit_log WHERE action = 'sign_in' AND success GROUP BY actor_user_id) s
WHERE s.actor_user_id = u.id;
