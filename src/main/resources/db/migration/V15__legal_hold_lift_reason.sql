-- Why a legal hold was lifted (the proceedings ended, the period ran out), recorded beside who lifted it and when.
ALTER TABLE app_legal_hold ADD COLUMN lift_reason VARCHAR(500);
