-- Pictures that authors upload for Easy Read questions, options and pages: one shared library for every
-- questionnaire. Stored after checking: PNG and JPG re-encoded (at most 800 px, no camera or location details),
-- SVG sanitised. A picture used by any questionnaire cannot be removed.
CREATE TABLE questionnaire_pictures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- the author's name for it, used to pick it in the builder (unique, case-insensitive)
  name text NOT NULL,
  -- the description offered when it is picked
  alt text NOT NULL,
  media_type text NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg', 'image/svg+xml')),
  width integer,
  height integer,
  data bytea NOT NULL,
  uploaded_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX questionnaire_pictures_name ON questionnaire_pictures (lower(name));
