-- Text messages join email in the outbox (sent through GOV.UK Notify, or kept for /admin/outbox). `channel` says
-- which: an email has to_address and a subject; a text message has phone_number, an empty subject and no address.
-- provider_id is the id GOV.UK Notify gave the message, to find it in Notify's own records.
ALTER TABLE outbox_messages ADD COLUMN channel text NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'sms'));
ALTER TABLE outbox_messages ADD COLUMN phone_number text;
ALTER TABLE outbox_messages ADD COLUMN provider_id text;
ALTER TABLE outbox_messages ALTER COLUMN to_address DROP NOT NULL;
ALTER TABLE outbox_messages ADD CONSTRAINT outbox_messages_recipient_check
  CHECK ((channel = 'email' AND to_address IS NOT NULL) OR (channel = 'sms' AND phone_number IS NOT NULL));
CREATE INDEX outbox_messages_phone_idx ON outbox_messages (phone_number) WHERE phone_number IS NOT NULL;
