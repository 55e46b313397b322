-- Comments on any resource a module owns (a consultation section, later a discussion), replies one level deep,
-- and the flags people raise about them. The owner names the resource by type and id; scope_id is a grouping the
-- owner chooses (for example the consultation) for counts and lists across its resources.
-- No email address or IP address is ever stored: a person who is not signed in is known only by browser_hash, the
-- SHA-256 of a random per-browser cookie, so they can change or withdraw a comment from the same browser.
CREATE TABLE comments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  resource_type text NOT NULL,
  resource_id uuid NOT NULL,
  scope_id uuid,
  parent_id uuid REFERENCES comments(id) ON DELETE CASCADE,
  body text NOT NULL,
  quote text,
  tags jsonb NOT NULL DEFAULT '{}'::jsonb,
  author_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  browser_hash text,
  display_name text,
  anonymous boolean NOT NULL DEFAULT false,
  role text NOT NULL CHECK (role IN ('service-user', 'carer', 'public', 'staff', 'organisation')),
  -- on behalf of an organisation: counted separately from individuals everywhere
  organisation_id uuid REFERENCES organisations(id) ON DELETE SET NULL,
  organisation_name text,
  gathered_how text,
  gathered_other text,
  represents_count integer CHECK (represents_count > 0),
  represents_who text,
  channel text NOT NULL DEFAULT 'online' CHECK (channel IN ('online', 'letter', 'email', 'event')),
  entered_by uuid REFERENCES users(id) ON DELETE SET NULL,
  status text NOT NULL CHECK (status IN ('published', 'held', 'hidden', 'withdrawn')),
  hidden_reason text,
  moderated_by uuid REFERENCES users(id) ON DELETE SET NULL,
  moderated_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  edited_at timestamptz,
  withdrawn_at timestamptz,
  erased_at timestamptz,
  -- pre: a new or changed comment waits for a moderator; post: it is published at once and may be hidden later
  moderation text NOT NULL DEFAULT 'post' CHECK (moderation IN ('pre', 'post'))
);

-- a resource's page of comments, newest first, by status
CREATE INDEX comments_resource ON comments (resource_type, resource_id, status, created_at, id);
-- the published top-level comments of a resource, newest first (a page of 5,000 comments reads one index range)
CREATE INDEX comments_top_published ON comments (resource_type, resource_id, created_at DESC, id DESC) WHERE parent_id IS NULL AND status = 'published';
CREATE INDEX comments_scope ON comments (scope_id);
CREATE INDEX comments_author ON comments (author_user_id);
CREATE INDEX comments_parent ON comments (parent_id);
CREATE INDEX comments_browser ON comments (browser_hash) WHERE browser_hash IS NOT NULL;
-- the moderation queue reads held comments, oldest first
CREATE INDEX comments_held ON comments (created_at) WHERE status = 'held';

CREATE TABLE comment_flags (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
  reason text NOT NULL CHECK (reason IN ('unkind', 'personal', 'worried', 'spam', 'other')),
  details text NOT NULL DEFAULT '',
  flagged_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolved_by uuid REFERENCES users(id) ON DELETE SET NULL
);

CREATE INDEX comment_flags_comment ON comment_flags (comment_id);
CREATE INDEX comment_flags_open ON comment_flags (comment_id) WHERE resolved_at IS NULL;
CREATE INDEX comment_flags_by ON comment_flags (flagged_by);
