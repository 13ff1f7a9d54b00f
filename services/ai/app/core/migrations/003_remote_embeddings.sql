-- Which version of each course's content has vectors from the configured embeddings endpoint (one collection per
-- endpoint and model). Retrieval uses them only when they are of the course's current content; otherwise the local
-- model's, which are always current.
CREATE TABLE remote_embeddings (
    course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    collection text NOT NULL,
    content_version timestamptz NOT NULL,
    embedded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (course_id, collection)
);
