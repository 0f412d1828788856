ALTER TABLE "audit_log" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_chain_key" ON "audit_log" USING btree ("chain_seq");--> statement-breakpoint
-- What the chain covers of a row: every column but the chain itself, in a form that does not
-- depend on the session's time zone. The address enters as its pseudonym, so replacing an
-- address by its pseudonym after the retention period leaves the chain intact.
CREATE FUNCTION audit_ip_pseudonym(ip text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN ip IS NULL THEN NULL WHEN ip LIKE 'p:%' THEN ip ELSE 'p:' || encode(sha256(convert_to(ip, 'UTF8')), 'hex') END
$$;
--> statement-breakpoint
CREATE FUNCTION audit_row_hash(previous text, r audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|',
    coalesce(previous, ''), r.id::text, to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(r.actor_user_id::text, ''), coalesce(r.actor_role, ''), coalesce(r.organisation_id::text, ''), r.action,
    coalesce(r.object_type, ''), coalesce(r.object_id, ''), r.success::text, coalesce(r.purpose, ''),
    coalesce(audit_ip_pseudonym(r.ip), ''), coalesce(r.details::text, '')), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- One writer extends the chain at a time (the lock is held to the end of the transaction), so
-- the chain follows the order rows are committed in.
CREATE FUNCTION audit_log_extend_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(730141);
  SELECT chain_seq, hash INTO last_seq, last_hash FROM audit_log WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1;
  NEW.chain_seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := last_hash;
  NEW.hash := audit_row_hash(last_hash, NEW);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- Rows from before the chain, chained in id order; the append-only rule is lifted for this one step.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
--> statement-breakpoint
DO $$
DECLARE
  r audit_log;
  seq bigint := 0;
  previous text := NULL;
BEGIN
  FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
    seq := seq + 1;
    r.chain_seq := seq;
    UPDATE audit_log SET chain_seq = seq, prev_hash = previous, hash = audit_row_hash(previous, r) WHERE id = r.id;
    previous := audit_row_hash(previous, r);
  END LOOP;
END $$;
--> statement-breakpoint
ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_extend_chain();
--> statement-breakpoint
-- Append-only, with one exception: after the retention period an address may be replaced by
-- its pseudonym, and nothing else in the row may change.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  expected audit_log;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    expected := OLD;
    expected.ip := NEW.ip;
    IF NEW.ip IS DISTINCT FROM OLD.ip AND NEW.ip = audit_ip_pseudonym(OLD.ip) AND NEW IS NOT DISTINCT FROM expected THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$;
