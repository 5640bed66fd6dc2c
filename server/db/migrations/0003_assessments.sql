-- 0003: assessing hubs against criteria: frameworks, rounds, self-assessments, assessors' scores, results.
-- Why: the Department classifies and evaluates the city's creative spaces against a set of performance criteria.
-- A framework's tree is one JSONB document validated as a whole by the service, so it is saved entirely or not at
-- all and a new version is a plain copy. Runs unchanged on PGlite and PostgreSQL 15.

CREATE TABLE assessment_frameworks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  network_id uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  -- Every version of one framework shares its family id (the id of version 1).
  family_id uuid NOT NULL,
  framework_version integer NOT NULL CHECK (framework_version >= 1),
  name_vi text NOT NULL,
  name_en text NOT NULL,
  description_vi text,
  description_en text,
  is_example boolean NOT NULL DEFAULT false,
  elements jsonb NOT NULL,
  locked_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT assessment_frameworks_family_version UNIQUE (family_id, framework_version)
);
CREATE INDEX assessment_frameworks_network ON assessment_frameworks (network_id);

CREATE TABLE assessment_rounds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  network_id uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  framework_id uuid NOT NULL REFERENCES assessment_frameworks (id),
  name_vi text NOT NULL,
  name_en text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'published')),
  self_deadline date,
  assessor_deadline date,
  consolidation text NOT NULL DEFAULT 'median' CHECK (consolidation IN ('median', 'mean')),
  -- Largest accepted spread between assessors, as a share of the indicator's scale (0–1).
  spread_threshold double precision NOT NULL DEFAULT 0.25 CHECK (spread_threshold > 0 AND spread_threshold <= 1),
  -- [{ "name": "A", "min": 70 }, …] on the 0–100 composite, highest first.
  tiers jsonb NOT NULL,
  results jsonb,
  published_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_rounds_network ON assessment_rounds (network_id);

CREATE TABLE round_hubs (
  round_id uuid NOT NULL REFERENCES assessment_rounds (id) ON DELETE CASCADE,
  hub_id uuid NOT NULL REFERENCES hubs (id),
  PRIMARY KEY (round_id, hub_id)
);

CREATE TABLE round_assessors (
  round_id uuid NOT NULL REFERENCES assessment_rounds (id) ON DELETE CASCADE,
  hub_id uuid NOT NULL REFERENCES hubs (id),
  user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (round_id, hub_id, user_id)
);

-- An assessor's declared conflict of interest with a hub; holds for every round of the network.
CREATE TABLE assessor_conflicts (
  network_id uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  hub_id uuid NOT NULL REFERENCES hubs (id),
  user_id uuid NOT NULL REFERENCES users (id),
  reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (network_id, hub_id, user_id)
);

-- One submission per round, hub and source: the hub's self-assessment, one assessor's scores, or measured figures.
-- `vals` maps indicator code → { value, evidence, links, comment }.
CREATE TABLE round_submissions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  round_id uuid NOT NULL REFERENCES assessment_rounds (id) ON DELETE CASCADE,
  hub_id uuid NOT NULL REFERENCES hubs (id),
  source text NOT NULL CHECK (source IN ('self', 'assessor', 'measured')),
  -- The assessor for source 'assessor'; the person who saved it otherwise.
  author_id uuid NOT NULL REFERENCES users (id),
  vals jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX round_submissions_one_self ON round_submissions (round_id, hub_id, source) WHERE source <> 'assessor';
CREATE UNIQUE INDEX round_submissions_one_assessor ON round_submissions (round_id, hub_id, author_id) WHERE source = 'assessor';
