-- Events: engagement events in a programme phase, bookings with structured access needs and a waiting list,
-- booking drafts (one question per page), attendance, organisations that attended, reports and verbatim notes.
CREATE TABLE events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid REFERENCES programmes (id) ON DELETE SET NULL,
  phase_id uuid REFERENCES programme_phases (id) ON DELETE SET NULL,
  workgroup_id uuid REFERENCES programme_workgroups (id) ON DELETE SET NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  audiences text[] NOT NULL DEFAULT ARRAY[]::text[],
  dementia boolean NOT NULL DEFAULT false,
  event_type text NOT NULL,
  format text NOT NULL CHECK (format IN ('in-person', 'online', 'hybrid')),
  venue_name text NOT NULL DEFAULT '',
  venue_address text NOT NULL DEFAULT '',
  venue_features text[] NOT NULL DEFAULT ARRAY[]::text[],
  accessibility_notes text NOT NULL DEFAULT '',
  -- shown only to people with a place
  online_link text,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  capacity int CHECK (capacity IS NULL OR capacity > 0),
  booking_required boolean NOT NULL DEFAULT true,
  booking_opens_at timestamptz,
  booking_closes_at timestamptz,
  organiser_name text NOT NULL DEFAULT '',
  organiser_email text NOT NULL DEFAULT '',
  organiser_phone text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled', 'closed')),
  -- for drop-in events without booking, or when the register is not used
  headcount int CHECK (headcount IS NULL OR headcount >= 0),
  report text NOT NULL DEFAULT '',
  -- what people said, word for word
  verbatim_notes text NOT NULL DEFAULT '',
  notes_published boolean NOT NULL DEFAULT false,
  sequence int NOT NULL DEFAULT 0,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  CHECK (ends_at > starts_at)
);
CREATE INDEX events_programme_idx ON events (programme_id, starts_at);
CREATE INDEX events_status_starts_idx ON events (status, starts_at);

CREATE TABLE event_bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  reference text NOT NULL UNIQUE,
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  name text NOT NULL,
  email text,
  -- how the person identifies (special category: never logged)
  identities text[] NOT NULL DEFAULT ARRAY[]::text[],
  organisation text NOT NULL DEFAULT '',
  status text NOT NULL CHECK (status IN ('booked', 'waiting', 'cancelled')),
  -- 2 when a companion or carer comes too: counts against capacity
  places int NOT NULL DEFAULT 1 CHECK (places BETWEEN 1 AND 2),
  -- access needs (special category: never logged)
  access_needs text[] NOT NULL DEFAULT ARRAY[]::text[],
  dietary text NOT NULL DEFAULT '',
  access_other text NOT NULL DEFAULT '',
  cancel_token_hash text NOT NULL UNIQUE,
  attended boolean,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  promoted_at timestamptz,
  cancelled_at timestamptz
);
CREATE INDEX event_bookings_event_idx ON event_bookings (event_id, status, created_at);
CREATE INDEX event_bookings_user_idx ON event_bookings (user_id);

CREATE TABLE event_booking_drafts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  answers jsonb NOT NULL DEFAULT '{}'::jsonb,
  booking_id uuid REFERENCES event_bookings (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL DEFAULT now() + interval '1 day'
);
CREATE INDEX event_booking_drafts_expires_idx ON event_booking_drafts (expires_at);

CREATE TABLE event_attending_organisations (
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  name text NOT NULL,
  PRIMARY KEY (event_id, name)
);
