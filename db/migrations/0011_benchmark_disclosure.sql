CREATE TABLE "benchmark_participants" (
	"release_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"sector" "sector" NOT NULL,
	"size_band" "size_band" NOT NULL,
	CONSTRAINT "benchmark_participants_release_id_organisation_id_pk" PRIMARY KEY("release_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "benchmark_cells" ADD COLUMN "basis_release_id" uuid;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "verified_by" uuid;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_verified_kvk_key" ON "organisations" USING btree ("kvk_number") WHERE "organisations"."verified_at" is not null;--> statement-breakpoint
-- Releases made before these rules published exact quantiles and level shares of small groups
-- and counted unverified organisations: they are withdrawn, and the next start makes the
-- current quarter's release under the new rules.
DELETE FROM "benchmark_releases";
