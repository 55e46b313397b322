-- One live booking per email address per event (also makes the duplicate check an index lookup).
CREATE UNIQUE INDEX event_bookings_live_email_idx ON event_bookings (event_id, lower(email)) WHERE status IN ('booked', 'waiting');
