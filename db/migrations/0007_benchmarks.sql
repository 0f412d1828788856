CREATE TABLE "benchmark_cells" (
	"release_id" uuid NOT NULL,
	"cell_id" text NOT NULL,
	"grouping" text NOT NULL,
	"sector" "sector",
	"size_band" "size_band",
	"organisations" integer NOT NULL,
	"published" boolean NOT NULL,
	"themes" jsonb,
	CONSTRAINT "benchmark_cells_release_id_cell_id_pk" PRIMARY KEY("release_id","cell_id")
);
--> statement-breakpoint
CREATE TABLE "benchmark_releases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"questionnaire_id" text NOT NULL,
	"quarter" text,
	"k" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "benchmark_cells" ADD CONSTRAINT "benchmark_cells_release_id_benchmark_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."benchmark_releases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_releases" ADD CONSTRAINT "benchmark_releases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benchmark_releases_q_idx" ON "benchmark_releases" USING btree ("questionnaire_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "benchmark_releases_quarter_key" ON "benchmark_releases" USING btree ("questionnaire_id","quarter");