CREATE TABLE "assessment_scores" (
	"assessment_id" uuid PRIMARY KEY NOT NULL,
	"resilience" double precision,
	"risk" double precision,
	"level" text,
	"exposure_class" text NOT NULL,
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "theme_scores" (
	"assessment_id" uuid NOT NULL,
	"theme_id" text NOT NULL,
	"exposure" double precision NOT NULL,
	"resilience" double precision,
	"risk" double precision,
	"level" text,
	"capped_by" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "theme_scores_assessment_id_theme_id_pk" PRIMARY KEY("assessment_id","theme_id")
);
--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_scores" ADD CONSTRAINT "theme_scores_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "theme_scores_theme_idx" ON "theme_scores" USING btree ("theme_id");