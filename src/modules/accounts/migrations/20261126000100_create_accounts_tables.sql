-- Accounts: people, their roles, how they identify, access needs, contact preferences, consents,
-- organisations they represent, and single-use sign-in links.
CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text UNIQUE,
  name text,
  password_hash text,
  roles text[] NOT NULL DEFAULT ARRAY['participant']::text[],
  -- how the person identifies for involvement (special category: never logged)
  identities text[] NOT NULL DEFAULT ARRAY[]::text[],
  contact_preferences text[] NOT NULL DEFAULT ARRAY[]::text[],
  email_verified_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  last_signed_in_at timestamptz,
  deleted_at timestamptz,
  CHECK (roles <@ ARRAY['participant', 'facilitator', 'moderator', 'admin']::text[])
);
CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));

ALTER TABLE sessions ADD CONSTRAINT sessions_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

-- Accessible Information Standard: communication and access needs, recorded in a structured way.
CREATE TABLE user_access_needs (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  contact_method text,
  information_formats text[] NOT NULL DEFAULT ARRAY[]::text[],
  communication_support text[] NOT NULL DEFAULT ARRAY[]::text[],
  details text,
  share_with_organisers boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE consents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose text NOT NULL,
  version text NOT NULL,
  given_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz
);
CREATE INDEX consents_user_idx ON consents (user_id);

CREATE TABLE login_tokens (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX login_tokens_user_idx ON login_tokens (user_id);

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  website text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisations_name_idx ON organisations (lower(name));

CREATE TABLE organisation_representatives (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX organisation_representatives_user_idx ON organisation_representatives (user_id);
