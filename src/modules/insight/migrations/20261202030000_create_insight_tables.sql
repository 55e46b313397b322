-- Insight: every module's free text (a copy of what FreeTextItem offers) with the themes and sentiment the engine
-- gave it, and the analysis runs that keep it up to date. An item is re-analysed only when its text (or the question
-- it answers) or the model changes; items no longer offered by their module are deleted at the end of a run.
CREATE TABLE insight_items (
  -- FreeTextItem.id: "<module>:<what>:<ids>"
  id text PRIMARY KEY,
  module text NOT NULL,
  source text NOT NULL,
  -- no foreign keys: the next run brings these up to date from the module (a run never fails on a programme just deleted)
  programme_id uuid,
  phase_id uuid,
  prompt text NOT NULL DEFAULT '',
  text text NOT NULL,
  -- SHA-256 of the question and the text: what the classification was made from
  text_hash text NOT NULL,
  roles text[] NOT NULL DEFAULT '{}',
  channel text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('individual', 'organisation')),
  people_represented int,
  variant text NOT NULL CHECK (variant IN ('standard', 'easy-read')),
  created_at timestamptz NOT NULL,
  href text NOT NULL,
  -- ordered list of {"theme": "...", "score": 0.93}, most confident first; empty when unclassified
  themes jsonb NOT NULL DEFAULT '[]',
  sentiment text,
  -- no known words: no theme rather than the model's fallback guess
  unclassified boolean NOT NULL DEFAULT false,
  model_version text NOT NULL,
  analysed_at timestamptz NOT NULL DEFAULT now(),
  last_seen_run uuid,
  -- when a run last found the item in its module; a run deletes what it did not see after it started
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX insight_items_module_idx ON insight_items (module, source);
CREATE INDEX insight_items_programme_idx ON insight_items (programme_id, phase_id);
CREATE INDEX insight_items_themes_idx ON insight_items USING gin (themes jsonb_path_ops);
CREATE INDEX insight_items_unclassified_idx ON insight_items (unclassified) WHERE unclassified;
CREATE INDEX insight_items_last_seen_idx ON insight_items (last_seen_at);

CREATE TABLE insight_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  model_version text NOT NULL,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished', 'failed')),
  started_at timestamptz NOT NULL DEFAULT now(),
  -- the last progress written (a run whose progress stopped had its process die)
  updated_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  -- while running, an estimate: the items found by the last run, or the items done so far if more
  total int NOT NULL DEFAULT 0,
  done int NOT NULL DEFAULT 0,
  changed int NOT NULL DEFAULT 0,
  removed int NOT NULL DEFAULT 0,
  error text
);
CREATE INDEX insight_runs_started_idx ON insight_runs (started_at DESC);
