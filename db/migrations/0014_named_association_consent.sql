CREATE TABLE "consent_associations" (
	"consent_id" uuid NOT NULL,
	"association_id" uuid NOT NULL,
	CONSTRAINT "consent_associations_consent_id_association_id_pk" PRIMARY KEY("consent_id","association_id")
);
--> statement-breakpoint
ALTER TABLE "consent_associations" ADD CONSTRAINT "consent_associations_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_associations" ADD CONSTRAINT "consent_associations_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_associations_association_idx" ON "consent_associations" USING btree ("association_id");--> statement-breakpoint
-- Consents given before: they name the associations that covered the organisation's sector when they were given.
INSERT INTO "consent_associations" ("consent_id", "association_id")
SELECT c.id, s.association_id
FROM "consents" c
JOIN "organisations" o ON o.id = c.organisation_id
JOIN "association_sectors" s ON s.sector = o.sector
JOIN "associations" a ON a.id = s.association_id AND a.created_at <= c.granted_at
WHERE c.recipient = 'association';
