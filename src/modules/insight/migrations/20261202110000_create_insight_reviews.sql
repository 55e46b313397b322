-- Insight review: a person confirms or corrects the themes the engine gave an item. Each review keeps what the
-- engine said (previous_themes) beside what the person chose (themes; empty means "no theme applies"), who and when.
-- An item is reviewed when it has a review that is not undone; undoing keeps the row (undone_at) so nothing is lost.
CREATE TABLE insight_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id text NOT NULL REFERENCES insight_items (id) ON DELETE CASCADE,
  themes text[] NOT NULL DEFAULT '{}',
  previous_themes text[] NOT NULL DEFAULT '{}',
  reviewed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  reviewed_at timestamptz NOT NULL DEFAULT now(),
  undone_at timestamptz
);
-- at most one review in force per item (two people confirming the same item at once: the second is refused)
CREATE UNIQUE INDEX insight_reviews_item_idx ON insight_reviews (item_id) WHERE undone_at IS NULL;
-- "the last review you made", for undo
CREATE INDEX insight_reviews_reviewer_idx ON insight_reviews (reviewed_by, reviewed_at DESC) WHERE undone_at IS NULL;
