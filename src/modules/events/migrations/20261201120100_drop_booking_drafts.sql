-- Booking drafts now live in the platform's journey_drafts table (src/platform/journeys). A booking someone had
-- half filled in when this ran has to be started again.
DROP TABLE event_booking_drafts;
