-- Saved scenarios: immutable snapshots behind share links (/s/{id}).
-- body is the canonical JSON text exactly as GET /api/scenarios/{id} answers it.
CREATE TABLE saved_scenario (
    id             VARCHAR(32)              NOT NULL PRIMARY KEY,
    schema_version INTEGER                  NOT NULL,
    body           TEXT                     NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
