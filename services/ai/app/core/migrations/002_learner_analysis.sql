-- What learner analysis reads: graded quiz attempts (from QuizAttempted) and learners' names (from auth's user events,
-- so an instructor sees who is at risk).
CREATE TABLE quiz_attempts (
    id uuid PRIMARY KEY,
    learner_id uuid NOT NULL,
    course_id uuid NOT NULL,
    lesson_id uuid NOT NULL,
    score numeric(5, 2) NOT NULL,
    passed boolean NOT NULL,
    number int NOT NULL,
    submitted_at timestamptz NOT NULL
);
CREATE INDEX quiz_attempts_learner ON quiz_attempts (learner_id, course_id);
CREATE INDEX quiz_attempts_course ON quiz_attempts (course_id);

CREATE TABLE people (
    id uuid PRIMARY KEY,
    name text NOT NULL
);

-- Generated quiz drafts, awaiting the instructor's review: nothing reaches learners before it is approved and saved.
CREATE TABLE quiz_drafts (
    id uuid PRIMARY KEY,
    course_id uuid NOT NULL,
    lesson_id uuid NOT NULL,
    lesson_title text NOT NULL,
    instructor_id uuid NOT NULL,
    language text NOT NULL,
    questions jsonb NOT NULL,
    status text NOT NULL CHECK (status IN ('draft', 'saved', 'discarded')),
    saved_lesson_id uuid,
    mode text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX quiz_drafts_course ON quiz_drafts (course_id, created_at DESC);
