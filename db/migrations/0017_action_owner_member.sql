ALTER TABLE "actions" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Owners were names; keep each that matches a member of the action's organisation.
UPDATE "actions" SET "owner_id" = (
  SELECT "users"."id" FROM "users"
  JOIN "memberships" ON "memberships"."user_id" = "users"."id"
  WHERE "memberships"."organisation_id" = "actions"."organisation_id" AND "users"."name" = "actions"."owner"
  ORDER BY "users"."created_at" LIMIT 1
) WHERE "owner" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "actions" DROP COLUMN "owner";
