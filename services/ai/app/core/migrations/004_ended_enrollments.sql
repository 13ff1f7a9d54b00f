-- Enrollments a learner dropped or a refund took back (EnrollmentEnded): kept, so a dropped course is not recommended
-- to them again, but left out of co-enrollment, popularity and analysis. `state_at` is when the newest enrollment event
-- applied to the row happened: an older one delivered late (a retry, a re-announcement) cannot undo a newer one.
ALTER TABLE enrollments ADD COLUMN ended_at timestamptz;
ALTER TABLE enrollments ADD COLUMN state_at timestamptz NOT NULL DEFAULT '-infinity';
UPDATE enrollments SET state_at = enrolled_at;
CREATE INDEX enrollments_current ON enrollments (course_id) WHERE ended_at IS NULL;
