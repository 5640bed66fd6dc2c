-- 0004: a round is closed (submissions stop, results computed for review) before it is published; evidence files.
-- Why: administrators review the results with the hubs before the public sees them, and a hub's self-assessment is
-- backed by documents (programmes, reports, photos), not only by text and links. Runs unchanged on PGlite and
-- PostgreSQL 15: the status CHECK of 0003 was unnamed, so it carries PostgreSQL's default name
-- assessment_rounds_status_check on both engines.

ALTER TABLE assessment_rounds DROP CONSTRAINT assessment_rounds_status_check;
ALTER TABLE assessment_rounds
  ADD CONSTRAINT assessment_rounds_status_check CHECK (status IN ('open', 'closed', 'published'));
ALTER TABLE assessment_rounds ADD COLUMN closed_at timestamptz;

-- A file backing one indicator of a hub's self-assessment in a round. The type is sniffed from the content.
CREATE TABLE round_evidence_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  round_id uuid NOT NULL REFERENCES assessment_rounds (id) ON DELETE CASCADE,
  hub_id uuid NOT NULL REFERENCES hubs (id),
  indicator text NOT NULL,
  filename text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL CHECK (size > 0),
  content bytea NOT NULL,
  uploaded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX round_evidence_files_round_hub ON round_evidence_files (round_id, hub_id, created_at);
