-- Delivery outcome of each message: the channels tried and, when sending failed, why (never personal data).
ALTER TABLE app_notification ADD COLUMN channels VARCHAR(100);
ALTER TABLE app_notification ADD COLUMN error VARCHAR(500);
