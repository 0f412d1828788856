ALTER TABLE "assessment_scores" ADD COLUMN "report" jsonb;--> statement-breakpoint
ALTER TABLE "theme_scores" ADD COLUMN "weakly_answered" boolean DEFAULT false NOT NULL;