-- Surveys and their responses. A survey's questions live in a questionnaire (questionnaires capability).
CREATE TABLE surveys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  questionnaire_id uuid NOT NULL REFERENCES questionnaires(id),
  title text NOT NULL,
  purpose text NOT NULL DEFAULT '',
  easy_read_purpose text NOT NULL DEFAULT '',
  audience text NOT NULL DEFAULT '',
  privacy_text text NOT NULL DEFAULT '',
  programme_id uuid REFERENCES programmes(id) ON DELETE SET NULL,
  phase_id uuid REFERENCES programme_phases(id) ON DELETE SET NULL,
  opens_on date,
  closes_on date,
  anonymous boolean NOT NULL DEFAULT true,
  easy_read boolean NOT NULL DEFAULT true,
  -- unfinished responses are deleted this many days after they were last saved
  resume_days integer NOT NULL DEFAULT 30 CHECK (resume_days BETWEEN 1 AND 365),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  closed_at timestamptz
);

CREATE TABLE survey_responses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress', 'submitted')),
  reference text UNIQUE,
  kind text NOT NULL DEFAULT 'individual' CHECK (kind IN ('individual', 'organisation')),
  variant text NOT NULL DEFAULT 'standard' CHECK (variant IN ('standard', 'easy-read')),
  channel text NOT NULL DEFAULT 'online' CHECK (channel IN ('online', 'paper', 'phone', 'assisted')),
  respondent_roles text[] NOT NULL DEFAULT '{}',
  answers jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- special category data: only people with survey.see-equality can read it
  equality jsonb,
  equality_choice text CHECK (equality_choice IN ('answered', 'skipped')),
  -- hashes of the browser cookie, the short resume code and the emailed resume link (never the values)
  access_hash text UNIQUE,
  resume_code_hash text UNIQUE,
  resume_link_hash text UNIQUE,
  -- duplicate protection: a per-survey hash of a random per-browser cookie (see docs/surveys.md)
  browser_hash text,
  user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  entered_by uuid REFERENCES users(id) ON DELETE SET NULL,
  organisation_id uuid REFERENCES organisations(id) ON DELETE SET NULL,
  organisation_name text,
  gathered_how text,
  gathered_other text,
  represents_count integer CHECK (represents_count > 0),
  represents_who text,
  consent_confirmed_at timestamptz,
  -- where the person got to, so a resumed response opens at the right page
  current_step text,
  started_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  submitted_at timestamptz,
  expires_at timestamptz
);
CREATE INDEX survey_responses_survey ON survey_responses (survey_id, status);
CREATE INDEX survey_responses_expiry ON survey_responses (expires_at) WHERE status = 'in-progress';
CREATE INDEX survey_responses_user ON survey_responses (user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX survey_responses_one_per_browser ON survey_responses (survey_id, browser_hash) WHERE status = 'submitted' AND browser_hash IS NOT NULL;
