-- An organiser's own questions for people booking (a questionnaire, both renderings), and the answers on each booking
-- (keyed by question id, like survey answers; they may be special category: never logged).
ALTER TABLE events ADD COLUMN booking_questionnaire_id uuid REFERENCES questionnaires (id) ON DELETE SET NULL;
ALTER TABLE event_bookings ADD COLUMN answers jsonb NOT NULL DEFAULT '{}'::jsonb;
