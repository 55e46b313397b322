-- When the reminder email was sent, so that a second reminder job (queued after a small time change) sends nothing.
ALTER TABLE event_bookings ADD COLUMN reminded_at timestamptz;
