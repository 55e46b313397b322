-- A UK mobile number, kept only when the person chose "Text message" as how to contact them (as 07 and 9 digits).
-- Used to text booking confirmations and reminders; erased with the account; never logged.
ALTER TABLE user_access_needs ADD COLUMN mobile text;
