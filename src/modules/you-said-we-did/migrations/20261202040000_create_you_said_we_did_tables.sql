-- "You said, we did": what people told us in a programme and what the trust is doing about it, with dated updates
-- and links to the consultation decision records that carry it out.
CREATE TABLE you_said_we_did_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  -- "you said": a plain-English summary and its Easy Read version
  you_said text NOT NULL,
  you_said_easy_read text NOT NULL,
  people_count integer CHECK (people_count IS NULL OR people_count >= 0),
  audiences text[] NOT NULL DEFAULT '{}',
  theme text NOT NULL DEFAULT '',
  -- "we did"
  we_did text NOT NULL,
  status text NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'not-doing')),
  not_doing_reason text NOT NULL DEFAULT '',
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  -- a team or role, not a person's name
  owner text NOT NULL,
  starts_on date,
  due_on date,
  difference_made text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'not-doing' OR not_doing_reason <> ''),
  CHECK (status = 'done' OR difference_made = ''),
  CHECK (due_on IS NULL OR starts_on IS NULL OR due_on >= starts_on)
);
CREATE INDEX you_said_we_did_items_programme ON you_said_we_did_items (programme_id, created_at);

CREATE TABLE you_said_we_did_updates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL REFERENCES you_said_we_did_items(id) ON DELETE CASCADE,
  on_date date NOT NULL,
  body text NOT NULL,
  evidence_url text NOT NULL DEFAULT '' CHECK (evidence_url = '' OR evidence_url ~* '^https?://'),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX you_said_we_did_updates_item ON you_said_we_did_updates (item_id, on_date);

-- the consultation decision records that carry an item out (chosen through the consultations api)
CREATE TABLE you_said_we_did_decisions (
  item_id uuid NOT NULL REFERENCES you_said_we_did_items(id) ON DELETE CASCADE,
  decision_id uuid NOT NULL REFERENCES consultation_decisions (id) ON DELETE CASCADE,
  PRIMARY KEY (item_id, decision_id)
);
