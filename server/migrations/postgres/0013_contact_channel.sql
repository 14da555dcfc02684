-- SMS as a second channel: which of a person's contacts gets their sign-in codes and notices, as their source
-- system says they prefer. NULL: the e-mail address when there is one, otherwise the phone.
ALTER TABLE people ADD COLUMN contact_channel TEXT CHECK (contact_channel IN ('email', 'sms'));
