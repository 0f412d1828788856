ALTER TYPE "public"."sector" ADD VALUE 'importer' BEFORE 'port_authority';--> statement-breakpoint
ALTER TYPE "public"."sector" ADD VALUE 'security_firm' BEFORE 'port_authority';