-- 0001: the Creative Cities directory.
-- Why: UNESCO Creative Cities Network members, by creative field, region, country and designation year.
-- Fields, regions and countries are rows (reference data seeded here), not enums: Architecture joined in 2025.
-- Runs unchanged on PGlite (PostgreSQL 18) and PostgreSQL 15: no uuidv7(), generated columns are STORED.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE; this wrapper names its dictionary so it can be IMMUTABLE and used in generated
-- columns and indexes. It folds Vietnamese diacritics, including Đ/đ to D/d.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $fn$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $fn$;

-- Search key: lower case, no diacritics, punctuation and runs of spaces folded to one space.
-- The application normalises queries with the same function, so both sides always agree.
CREATE OR REPLACE FUNCTION f_search_key(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $fn$ SELECT btrim(regexp_replace(lower(public.f_unaccent($1)), '[[:space:][:punct:]]+', ' ', 'g')) $fn$;

CREATE TABLE regions (
  slug text PRIMARY KEY,
  name_en text NOT NULL,
  name_vi text NOT NULL,
  sort_order integer NOT NULL
);

CREATE TABLE countries (
  iso2 char(2) PRIMARY KEY CHECK (iso2 ~ '^[A-Z]{2}$'),
  name_en text NOT NULL,
  region_slug text NOT NULL REFERENCES regions (slug),
  search_compact text GENERATED ALWAYS AS (replace(f_search_key(name_en), ' ', '')) STORED
);

CREATE TABLE creative_fields (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_en text NOT NULL UNIQUE,
  name_vi text NOT NULL,
  since_year integer NOT NULL,
  sort_order integer NOT NULL
);

CREATE TABLE cities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  country_iso2 char(2) NOT NULL REFERENCES countries (iso2),
  lat double precision CHECK (lat BETWEEN -90 AND 90),
  lon double precision CHECK (lon BETWEEN -180 AND 180),
  search_key text GENERATED ALWAYS AS (f_search_key(name)) STORED,
  -- The folded name and its spaceless form in one string, so one trigram test matches "ha noi" and "hanoi".
  search_text text GENERATED ALWAYS AS (f_search_key(name) || ' ' || replace(f_search_key(name), ' ', '')) STORED,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT cities_slug_unique UNIQUE (slug),
  CONSTRAINT cities_name_country_unique UNIQUE (name, country_iso2),
  CONSTRAINT cities_location_pair CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE INDEX cities_search_text_trgm ON cities USING gin (search_text gin_trgm_ops);
CREATE INDEX cities_search_key ON cities (search_key COLLATE "C");
CREATE INDEX cities_country ON cities (country_iso2);

CREATE TABLE designations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  city_id uuid NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
  field_id uuid NOT NULL REFERENCES creative_fields (id),
  year integer NOT NULL CHECK (year BETWEEN 2004 AND 2100),
  source text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT designations_city_field_unique UNIQUE (city_id, field_id)
);
CREATE INDEX designations_field_year ON designations (field_id, year);
CREATE INDEX designations_year ON designations (year);

-- Which seed data sets have been loaded, so a first start seeds once and never again.
CREATE TABLE seed_runs (
  name text PRIMARY KEY,
  rows integer NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO regions (slug, name_en, name_vi, sort_order) VALUES
  ('africa', 'Africa', 'Châu Phi', 1),
  ('arab-states', 'Arab States', 'Các quốc gia Ả Rập', 2),
  ('asia-and-the-pacific', 'Asia and the Pacific', 'Châu Á – Thái Bình Dương', 3),
  ('europe-and-north-america', 'Europe and North America', 'Châu Âu và Bắc Mỹ', 4),
  ('latin-america-and-the-caribbean', 'Latin America and the Caribbean', 'Mỹ Latinh và Caribe', 5);

-- UNESCO's regional groups for every country of the member list. A new country comes with its region in a new migration.
INSERT INTO countries (iso2, name_en, region_slug) VALUES
  ('AE', 'United Arab Emirates', 'arab-states'),
  ('AF', 'Afghanistan', 'asia-and-the-pacific'),
  ('AO', 'Angola', 'africa'),
  ('AR', 'Argentina', 'latin-america-and-the-caribbean'),
  ('AT', 'Austria', 'europe-and-north-america'),
  ('AU', 'Australia', 'asia-and-the-pacific'),
  ('AZ', 'Azerbaijan', 'europe-and-north-america'),
  ('BA', 'Bosnia and Herzegovina', 'europe-and-north-america'),
  ('BE', 'Belgium', 'europe-and-north-america'),
  ('BF', 'Burkina Faso', 'africa'),
  ('BG', 'Bulgaria', 'europe-and-north-america'),
  ('BH', 'Bahrain', 'arab-states'),
  ('BJ', 'Benin', 'africa'),
  ('BO', 'Bolivia', 'latin-america-and-the-caribbean'),
  ('BR', 'Brazil', 'latin-america-and-the-caribbean'),
  ('BS', 'Bahamas', 'latin-america-and-the-caribbean'),
  ('CA', 'Canada', 'europe-and-north-america'),
  ('CD', 'DR Congo', 'africa'),
  ('CG', 'Congo', 'africa'),
  ('CH', 'Switzerland', 'europe-and-north-america'),
  ('CI', 'Côte d''Ivoire', 'africa'),
  ('CL', 'Chile', 'latin-america-and-the-caribbean'),
  ('CM', 'Cameroon', 'africa'),
  ('CN', 'China', 'asia-and-the-pacific'),
  ('CO', 'Colombia', 'latin-america-and-the-caribbean'),
  ('CR', 'Costa Rica', 'latin-america-and-the-caribbean'),
  ('CU', 'Cuba', 'latin-america-and-the-caribbean'),
  ('CV', 'Cabo Verde', 'africa'),
  ('CZ', 'Czechia', 'europe-and-north-america'),
  ('DE', 'Germany', 'europe-and-north-america'),
  ('DK', 'Denmark', 'europe-and-north-america'),
  ('DO', 'Dominican Republic', 'latin-america-and-the-caribbean'),
  ('EC', 'Ecuador', 'latin-america-and-the-caribbean'),
  ('EE', 'Estonia', 'europe-and-north-america'),
  ('EG', 'Egypt', 'arab-states'),
  ('ES', 'Spain', 'europe-and-north-america'),
  ('FI', 'Finland', 'europe-and-north-america'),
  ('FR', 'France', 'europe-and-north-america'),
  ('GB', 'United Kingdom', 'europe-and-north-america'),
  ('GE', 'Georgia', 'europe-and-north-america'),
  ('GN', 'Guinea', 'africa'),
  ('GR', 'Greece', 'europe-and-north-america'),
  ('GW', 'Guinea-Bissau', 'africa'),
  ('HR', 'Croatia', 'europe-and-north-america'),
  ('HT', 'Haiti', 'latin-america-and-the-caribbean'),
  ('HU', 'Hungary', 'europe-and-north-america'),
  ('ID', 'Indonesia', 'asia-and-the-pacific'),
  ('IE', 'Ireland', 'europe-and-north-america'),
  ('IL', 'Israel', 'europe-and-north-america'),
  ('IN', 'India', 'asia-and-the-pacific'),
  ('IQ', 'Iraq', 'arab-states'),
  ('IR', 'Iran', 'asia-and-the-pacific'),
  ('IS', 'Iceland', 'europe-and-north-america'),
  ('IT', 'Italy', 'europe-and-north-america'),
  ('JM', 'Jamaica', 'latin-america-and-the-caribbean'),
  ('JO', 'Jordan', 'arab-states'),
  ('JP', 'Japan', 'asia-and-the-pacific'),
  ('KE', 'Kenya', 'africa'),
  ('KH', 'Cambodia', 'asia-and-the-pacific'),
  ('KR', 'South Korea', 'asia-and-the-pacific'),
  ('KZ', 'Kazakhstan', 'asia-and-the-pacific'),
  ('LB', 'Lebanon', 'arab-states'),
  ('LT', 'Lithuania', 'europe-and-north-america'),
  ('LV', 'Latvia', 'europe-and-north-america'),
  ('MA', 'Morocco', 'arab-states'),
  ('ME', 'Montenegro', 'europe-and-north-america'),
  ('MK', 'North Macedonia', 'europe-and-north-america'),
  ('MN', 'Mongolia', 'asia-and-the-pacific'),
  ('MO', 'Macao (China)', 'asia-and-the-pacific'),
  ('MU', 'Mauritius', 'africa'),
  ('MX', 'Mexico', 'latin-america-and-the-caribbean'),
  ('MY', 'Malaysia', 'asia-and-the-pacific'),
  ('NG', 'Nigeria', 'africa'),
  ('NI', 'Nicaragua', 'latin-america-and-the-caribbean'),
  ('NL', 'Netherlands', 'europe-and-north-america'),
  ('NO', 'Norway', 'europe-and-north-america'),
  ('NP', 'Nepal', 'asia-and-the-pacific'),
  ('NZ', 'New Zealand', 'asia-and-the-pacific'),
  ('PA', 'Panama', 'latin-america-and-the-caribbean'),
  ('PE', 'Peru', 'latin-america-and-the-caribbean'),
  ('PH', 'Philippines', 'asia-and-the-pacific'),
  ('PK', 'Pakistan', 'asia-and-the-pacific'),
  ('PL', 'Poland', 'europe-and-north-america'),
  ('PS', 'Palestine', 'arab-states'),
  ('PT', 'Portugal', 'europe-and-north-america'),
  ('PY', 'Paraguay', 'latin-america-and-the-caribbean'),
  ('QA', 'Qatar', 'arab-states'),
  ('RO', 'Romania', 'europe-and-north-america'),
  ('RS', 'Serbia', 'europe-and-north-america'),
  ('RU', 'Russia', 'europe-and-north-america'),
  ('SA', 'Saudi Arabia', 'arab-states'),
  ('SE', 'Sweden', 'europe-and-north-america'),
  ('SG', 'Singapore', 'asia-and-the-pacific'),
  ('SI', 'Slovenia', 'europe-and-north-america'),
  ('SK', 'Slovakia', 'europe-and-north-america'),
  ('SN', 'Senegal', 'africa'),
  ('TG', 'Togo', 'africa'),
  ('TH', 'Thailand', 'asia-and-the-pacific'),
  ('TM', 'Turkmenistan', 'asia-and-the-pacific'),
  ('TN', 'Tunisia', 'arab-states'),
  ('TR', 'Türkiye', 'europe-and-north-america'),
  ('TT', 'Trinidad and Tobago', 'latin-america-and-the-caribbean'),
  ('UA', 'Ukraine', 'europe-and-north-america'),
  ('US', 'United States', 'europe-and-north-america'),
  ('UY', 'Uruguay', 'latin-america-and-the-caribbean'),
  ('UZ', 'Uzbekistan', 'asia-and-the-pacific'),
  ('VE', 'Venezuela', 'latin-america-and-the-caribbean'),
  ('VN', 'Vietnam', 'asia-and-the-pacific'),
  ('ZA', 'South Africa', 'africa');

INSERT INTO creative_fields (slug, name_en, name_vi, since_year, sort_order) VALUES
  ('crafts-and-folk-art', 'Crafts and Folk Art', 'Thủ công mỹ nghệ và Nghệ thuật dân gian', 2004, 1),
  ('design', 'Design', 'Thiết kế', 2004, 2),
  ('film', 'Film', 'Điện ảnh', 2004, 3),
  ('gastronomy', 'Gastronomy', 'Ẩm thực', 2004, 4),
  ('literature', 'Literature', 'Văn học', 2004, 5),
  ('media-arts', 'Media Arts', 'Nghệ thuật truyền thông', 2004, 6),
  ('music', 'Music', 'Âm nhạc', 2004, 7),
  ('architecture', 'Architecture', 'Kiến trúc', 2025, 8);
