-- The AI service's own database (har_ai): what it learned from the event stream, its index's source of truth,
-- the tutor's conversations, and the fitted local embedding model.

-- Events handled per consumer group (the C# event bus' inbox_messages, same columns): a redelivery is a no-op.
CREATE TABLE inbox_messages (
    consumer_group text NOT NULL,
    event_id uuid NOT NULL,
    event_type text NOT NULL,
    handled_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer_group, event_id)
);

-- Published courses, as their last CourseUpdated described them (occurred_at orders stale events out).
CREATE TABLE courses (
    id uuid PRIMARY KEY,
    title text NOT NULL,
    description text NOT NULL,
    language text NOT NULL,
    domain text NOT NULL,
    keywords text[] NOT NULL DEFAULT '{}',
    status text NOT NULL,
    content_version timestamptz NOT NULL,
    indexed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE lessons (
    id uuid PRIMARY KEY,
    course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    position int NOT NULL,
    module_title text NOT NULL,
    title text NOT NULL,
    type text NOT NULL,
    text text NOT NULL
);
CREATE INDEX lessons_course ON lessons (course_id, position);

-- The searchable pieces of lessons, with stable ids ("{lesson_id}:{n}"); the vector store holds their embeddings.
CREATE TABLE chunks (
    id text PRIMARY KEY,
    course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    lesson_id uuid NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    position int NOT NULL,
    text text NOT NULL,
    language text NOT NULL
);
CREATE INDEX chunks_course ON chunks (course_id);

-- Local embedding models (TF-IDF + LSA), one row per fit; the newest is current, and its collection in Chroma holds
-- every chunk's vector.
CREATE TABLE embedding_models (
    id bigserial PRIMARY KEY,
    fingerprint text NOT NULL UNIQUE,
    collection text NOT NULL,
    dimensions int NOT NULL,
    document_count int NOT NULL,
    model bytea NOT NULL,
    fitted_at timestamptz NOT NULL DEFAULT now()
);

-- Who is enrolled where (recommendations, analysis), from CourseEnrolled.
CREATE TABLE enrollments (
    learner_id uuid NOT NULL,
    course_id uuid NOT NULL,
    source text NOT NULL,
    enrolled_at timestamptz NOT NULL,
    completed_at timestamptz,
    PRIMARY KEY (learner_id, course_id)
);
CREATE INDEX enrollments_course ON enrollments (course_id);

CREATE TABLE lesson_completions (
    learner_id uuid NOT NULL,
    course_id uuid NOT NULL,
    lesson_id uuid NOT NULL,
    completed_at timestamptz NOT NULL,
    PRIMARY KEY (learner_id, lesson_id)
);

-- The tutor's conversations: one user, one course.
CREATE TABLE conversations (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL,
    course_id uuid NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversations_user ON conversations (user_id, course_id, updated_at DESC);

CREATE TABLE messages (
    id bigserial PRIMARY KEY,
    conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('user', 'assistant')),
    content text NOT NULL,
    citations jsonb NOT NULL DEFAULT '[]',
    answered_from_course boolean,
    mode text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX messages_conversation ON messages (conversation_id, id);

-- Each time the service asked the courses service to announce its published content again (first start, re-index).
CREATE TABLE content_requests (
    id bigserial PRIMARY KEY,
    reason text NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now()
);
