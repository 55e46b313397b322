-- Answers a person has given so far in a question-page journey that saves nothing until the end (booking a place,
-- later a comment, an expression of interest, a referral, a claim). Used through src/platform/journeys/drafts.ts.
CREATE TABLE journey_drafts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- which journey, e.g. 'event-booking'
  journey text NOT NULL,
  -- what it is for, e.g. the event's id
  scope_id text NOT NULL,
  -- set when a signed-in person started it: only they can continue it (no foreign key: the platform knows no users table)
  user_id uuid,
  -- may hold special category answers (access needs): never logged
  answers jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- what the journey made when it finished (e.g. the booking's id); the answers are cleared then
  result_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX journey_drafts_scope_idx ON journey_drafts (journey, scope_id);
CREATE INDEX journey_drafts_user_idx ON journey_drafts (user_id);
CREATE INDEX journey_drafts_expires_idx ON journey_drafts (expires_at);
