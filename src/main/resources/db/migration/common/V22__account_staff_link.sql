-- A field account may be linked to the staff record of the person who uses it: their own calendar, "ma journée".
ALTER TABLE app_user ADD COLUMN staff_id BIGINT;
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_staff FOREIGN KEY (staff_id) REFERENCES staff (id);
