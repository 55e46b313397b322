-- Questionnaires: a definition (sections of questions, each text with its Easy Read text) shared by surveys,
-- event registration and consultations. Answers are stored by the module that owns the responses.
CREATE TABLE questionnaires (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  definition jsonb NOT NULL DEFAULT '{"sections": []}'::jsonb,
  -- set when the questionnaire is published: after that its question ids never change
  locked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
