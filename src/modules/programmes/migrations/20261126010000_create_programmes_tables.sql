-- Programmes: an engagement programme (e.g. a strategy review) in phases, owned by a workgroup,
-- with workgroups inside it (e.g. a dementia workgroup) that other modules' items can belong to.
CREATE TABLE programmes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  area text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'forthcoming' CHECK (status IN ('forthcoming', 'open', 'closed')),
  -- the workgroup that owns the programme, e.g. "Adult mental health strategy steering group"
  owner_workgroup text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX programmes_status_idx ON programmes (status);

CREATE TABLE programme_phases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  position int NOT NULL DEFAULT 0,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  starts_on date,
  ends_on date,
  status text NOT NULL DEFAULT 'forthcoming' CHECK (status IN ('forthcoming', 'open', 'closed')),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX programme_phases_programme_idx ON programme_phases (programme_id, position);

CREATE TABLE programme_workgroups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  UNIQUE (programme_id, name)
);
