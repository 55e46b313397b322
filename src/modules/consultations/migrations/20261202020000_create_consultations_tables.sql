-- Consultations: a draft document put out for comment in waves, in versions made of sections with a stable identity,
-- and the decision records that say what changed because of which comments. Comments themselves live in the
-- comments capability (resource type 'consultation-section', resource id = the section, scope id = the consultation).
CREATE TABLE consultations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid REFERENCES programmes(id) ON DELETE SET NULL,
  phase_id uuid REFERENCES programme_phases(id) ON DELETE SET NULL,
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  easy_read_summary text NOT NULL DEFAULT '',
  audience text NOT NULL DEFAULT '',
  audiences text[] NOT NULL DEFAULT '{}',
  -- optional: anyone may comment; required: only signed-in people
  sign_in text NOT NULL DEFAULT 'optional' CHECK (sign_in IN ('optional', 'required')),
  -- pre: comments wait for a moderator before anyone else sees them; post: shown at once, moderated after
  moderation text NOT NULL DEFAULT 'post' CHECK (moderation IN ('pre', 'post')),
  response_intro text NOT NULL DEFAULT '',
  response_next_steps text NOT NULL DEFAULT '',
  response_published_at timestamptz,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consultations_programme ON consultations (programme_id);

CREATE TABLE consultation_waves (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number > 0),
  opens_on date NOT NULL,
  closes_on date NOT NULL,
  CHECK (closes_on >= opens_on),
  UNIQUE (consultation_id, number)
);

-- a section's identity: Pillar 4 stays the same section when its heading or text changes between versions
CREATE TABLE consultation_sections (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consultation_sections_consultation ON consultation_sections (consultation_id);

CREATE TABLE consultation_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number > 0),
  label text NOT NULL,
  is_final boolean NOT NULL DEFAULT false,
  -- a published version is locked; at most one version is unpublished (the one being written)
  published_at timestamptz,
  published_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (consultation_id, number)
);
CREATE UNIQUE INDEX consultation_versions_one_draft ON consultation_versions (consultation_id) WHERE published_at IS NULL;

-- a section's text in one version
CREATE TABLE consultation_section_texts (
  version_id uuid NOT NULL REFERENCES consultation_versions(id) ON DELETE CASCADE,
  section_id uuid NOT NULL REFERENCES consultation_sections(id) ON DELETE CASCADE,
  position integer NOT NULL,
  heading text NOT NULL,
  -- a safe Markdown subset (no raw HTML), rendered to NHS typography
  body text NOT NULL DEFAULT '',
  easy_read_text text NOT NULL DEFAULT '',
  -- a starter picture name or "upload:<id>" from the questionnaires picture library
  easy_read_picture text,
  easy_read_picture_alt text NOT NULL DEFAULT '',
  -- optional questions about the section (questionnaires capability), locked when the version is published
  questionnaire_id uuid REFERENCES questionnaires(id) ON DELETE SET NULL,
  PRIMARY KEY (version_id, section_id)
);

-- what was decided about a theme or a set of comments on a section, and why; linked to the comments behind it
CREATE TABLE consultation_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  section_id uuid NOT NULL REFERENCES consultation_sections(id) ON DELETE CASCADE,
  -- the version the change is in (or, for "not changed", the version it was considered for)
  version_id uuid NOT NULL REFERENCES consultation_versions(id) ON DELETE CASCADE,
  theme text NOT NULL DEFAULT '',
  decision text NOT NULL CHECK (decision IN ('changed', 'changed-in-part', 'not-changed')),
  reason text NOT NULL,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consultation_decisions_section ON consultation_decisions (section_id, version_id);

CREATE TABLE consultation_decision_comments (
  decision_id uuid NOT NULL REFERENCES consultation_decisions(id) ON DELETE CASCADE,
  comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
  PRIMARY KEY (decision_id, comment_id)
);
CREATE INDEX consultation_decision_comments_comment ON consultation_decision_comments (comment_id);

-- answers to a section's questions, sent with a comment
CREATE TABLE consultation_answers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  section_id uuid NOT NULL REFERENCES consultation_sections(id) ON DELETE CASCADE,
  version_id uuid NOT NULL REFERENCES consultation_versions(id) ON DELETE CASCADE,
  questionnaire_id uuid NOT NULL REFERENCES questionnaires(id),
  comment_id uuid REFERENCES comments(id) ON DELETE CASCADE,
  answers jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consultation_answers_section ON consultation_answers (questionnaire_id);
