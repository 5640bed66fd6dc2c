-- 0002: a creative city's network of cultural and creative hubs.
-- Why: Hanoi's Department of Culture and Sports forms a network of the city's creative spaces; organisations apply to
-- join, administrators decide, and every change is recorded. Accounts and roles come with it.
-- Runs unchanged on PGlite (PostgreSQL 18) and PostgreSQL 15.

-- Accounts ---------------------------------------------------------------------------------------------------------
CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (email = lower(email) AND position('@' IN email) > 1),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  password_hash text NOT NULL,
  is_platform_admin boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_email_unique UNIQUE (email)
);

-- Server-side sessions: the cookie holds a random token, the table only its SHA-256, so a leaked table opens nothing.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  user_agent text,
  ip text
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed sign-ins, for rate limiting across every server process.
CREATE TABLE login_failures (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  ip text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_email_at ON login_failures (email, at);
CREATE INDEX login_failures_ip_at ON login_failures (ip, at);

-- Networks ---------------------------------------------------------------------------------------------------------
CREATE TABLE networks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  city_id uuid NOT NULL REFERENCES cities (id),
  name_vi text NOT NULL,
  name_en text NOT NULL,
  description_vi text,
  description_en text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT networks_slug_unique UNIQUE (slug)
);

-- Per-network roles; hub managers are per hub (hub_managers), platform administrators a flag on users.
CREATE TABLE network_roles (
  network_id uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('admin', 'assessor')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (network_id, user_id, role)
);

-- Editable taxonomies ------------------------------------------------------------------------------------------------
CREATE TABLE hub_types (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_vi text NOT NULL,
  name_en text NOT NULL,
  sort_order integer NOT NULL
);

CREATE TABLE accessibility_features (
  code text PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_vi text NOT NULL,
  name_en text NOT NULL,
  sort_order integer NOT NULL
);

-- Hubs -------------------------------------------------------------------------------------------------------------
CREATE SEQUENCE hub_public_number;

CREATE TABLE hubs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Stable public identifier and slug: assigned once, never changed, so links and exports stay valid.
  public_id text NOT NULL DEFAULT ('H' || lpad(nextval('hub_public_number')::text, 6, '0')),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  network_id uuid NOT NULL REFERENCES networks (id),
  name_vi text,
  name_en text,
  description_vi text,
  description_en text,
  type_id uuid REFERENCES hub_types (id),
  -- The source's own words for what the place is, kept beside the taxonomy type.
  type_note text,
  district text,
  ward text,
  address text,
  lat double precision CHECK (lat BETWEEN -90 AND 90),
  lon double precision CHECK (lon BETWEEN -180 AND 180),
  opening_hours text,
  accessibility text[] NOT NULL DEFAULT '{}',
  website text,
  social_links text[] NOT NULL DEFAULT '{}',
  founding_year integer CHECK (founding_year BETWEEN 1000 AND 2100),
  ownership text CHECK (ownership IN ('public', 'private', 'non-profit')),
  status text NOT NULL DEFAULT 'applicant' CHECK (status IN ('applicant', 'member', 'suspended', 'closed')),
  status_changed_at timestamptz NOT NULL DEFAULT now(),
  member_since timestamptz,
  source text NOT NULL DEFAULT '',
  -- Sort key for lists: the folded name, compared byte-wise (COLLATE "C") so both engines order alike.
  name_key text GENERATED ALWAYS AS (f_search_key(coalesce(name_vi, name_en, ''))) STORED,
  search_text text GENERATED ALWAYS AS (
    f_search_key(coalesce(name_vi, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(address, '') || ' ' || coalesce(district, ''))
  ) STORED,
  -- Whole-word search first (fast and exact at 100,000 hubs); trigrams on search_text only when it finds nothing.
  search_tsv tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, f_search_key(coalesce(name_vi, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(address, '') || ' ' || coalesce(district, '')))
  ) STORED,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT hubs_public_id_unique UNIQUE (public_id),
  CONSTRAINT hubs_slug_unique UNIQUE (slug),
  CONSTRAINT hubs_has_name CHECK (coalesce(name_vi, name_en) IS NOT NULL),
  CONSTRAINT hubs_location_pair CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE INDEX hubs_network_status ON hubs (network_id, status);
CREATE INDEX hubs_status_name_key ON hubs (status, name_key COLLATE "C", id);
CREATE INDEX hubs_search_text_trgm ON hubs USING gin (search_text gin_trgm_ops);
CREATE INDEX hubs_search_tsv ON hubs USING gin (search_tsv);
CREATE INDEX hubs_location ON hubs (lat, lon);
CREATE INDEX hubs_type ON hubs (type_id);
CREATE INDEX hubs_district ON hubs (district);

CREATE TABLE hub_fields (
  hub_id uuid NOT NULL REFERENCES hubs (id) ON DELETE CASCADE,
  field_id uuid NOT NULL REFERENCES creative_fields (id),
  PRIMARY KEY (hub_id, field_id)
);
CREATE INDEX hub_fields_field ON hub_fields (field_id);

-- Personal data, apart from the public profile: only the network's administrators and the hub's managers see it.
CREATE TABLE hub_contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  hub_id uuid NOT NULL REFERENCES hubs (id) ON DELETE CASCADE,
  name text NOT NULL,
  role text,
  email text,
  phone text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hub_contacts_hub ON hub_contacts (hub_id);

CREATE TABLE hub_managers (
  hub_id uuid NOT NULL REFERENCES hubs (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (hub_id, user_id)
);
CREATE INDEX hub_managers_user ON hub_managers (user_id);

CREATE TABLE hub_photos (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  hub_id uuid NOT NULL REFERENCES hubs (id) ON DELETE CASCADE,
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  width integer NOT NULL,
  height integer NOT NULL,
  image bytea NOT NULL,
  thumbnail bytea NOT NULL,
  caption text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hub_photos_hub ON hub_photos (hub_id);

-- Membership -------------------------------------------------------------------------------------------------------
CREATE TABLE membership_questions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  network_id uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  position integer NOT NULL,
  text_vi text NOT NULL,
  text_en text NOT NULL,
  required boolean NOT NULL DEFAULT true,
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX membership_questions_network ON membership_questions (network_id, position);

CREATE TABLE applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  network_id uuid NOT NULL REFERENCES networks (id),
  hub_id uuid NOT NULL REFERENCES hubs (id) ON DELETE CASCADE,
  applicant_id uuid NOT NULL REFERENCES users (id),
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'submitted', 'in_review', 'changes_requested', 'accepted', 'rejected')),
  -- Answers keyed by question id: { "<uuid>": "text" }.
  answers jsonb NOT NULL DEFAULT '{}'::jsonb,
  version integer NOT NULL DEFAULT 1,
  submitted_at timestamptz,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX applications_network_status ON applications (network_id, status);
CREATE INDEX applications_hub ON applications (hub_id);
-- One open application per hub and network.
CREATE UNIQUE INDEX applications_one_open ON applications (hub_id, network_id)
  WHERE status IN ('draft', 'submitted', 'in_review', 'changes_requested');

CREATE TABLE application_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  actor_id uuid REFERENCES users (id),
  from_status text,
  to_status text NOT NULL,
  reason text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX application_events_application ON application_events (application_id, id);

CREATE TABLE application_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  filename text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  read_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notifications_user_unread ON notifications (user_id, created_at DESC);

-- Audit trail: every write, who, when, what, before and after. Append-only, enforced by the database.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  network_id uuid,
  before jsonb,
  after jsonb
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, id);
CREATE INDEX audit_log_network ON audit_log (network_id, id);
CREATE INDEX audit_log_actor ON audit_log (actor_id, id);

CREATE OR REPLACE FUNCTION f_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$fn$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION f_audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION f_audit_log_append_only();

-- Reference data ---------------------------------------------------------------------------------------------------
INSERT INTO hub_types (slug, name_vi, name_en, sort_order) VALUES
  ('heritage-site', 'Di sản, di tích', 'Heritage site', 1),
  ('museum', 'Bảo tàng', 'Museum', 2),
  ('gallery-art-space', 'Phòng trưng bày, không gian nghệ thuật', 'Gallery or art space', 3),
  ('performing-arts-venue', 'Nhà hát, địa điểm biểu diễn', 'Performing-arts venue', 4),
  ('craft-village', 'Làng nghề', 'Craft village', 5),
  ('creative-hub', 'Không gian sáng tạo, làm việc chung, vườn ươm', 'Creative hub, co-working or incubator', 6),
  ('public-art-space', 'Nghệ thuật công cộng, không gian đi bộ', 'Public art and pedestrian space', 7),
  ('cultural-centre', 'Trung tâm văn hoá', 'Cultural centre', 8),
  ('design-studio', 'Studio thiết kế', 'Design studio', 9),
  ('education-library', 'Giáo dục, thư viện', 'Education and library', 10);

INSERT INTO accessibility_features (code, name_vi, name_en, sort_order) VALUES
  ('step-free-entrance', 'Lối vào không bậc', 'Step-free entrance', 1),
  ('accessible-toilet', 'Nhà vệ sinh cho người khuyết tật', 'Accessible toilet', 2),
  ('lift', 'Thang máy', 'Lift', 3),
  ('hearing-loop', 'Vòng từ hỗ trợ nghe', 'Hearing loop', 4),
  ('sign-language', 'Chương trình có ngôn ngữ ký hiệu', 'Sign-language programmes', 5),
  ('braille-tactile', 'Chữ nổi, vật liệu xúc giác', 'Braille or tactile materials', 6),
  ('audio-description', 'Mô tả bằng âm thanh', 'Audio description', 7),
  ('seating', 'Chỗ ngồi nghỉ', 'Seating available', 8),
  ('quiet-space', 'Không gian yên tĩnh', 'Quiet space', 9);
