-- Runs are deterministic: a run is its recipe (canonical scenario, schedule, exploring flag, timing, engine version).
-- The id is a hash of body, so a row is written once and never changes; any node recomputes a run from it.
CREATE TABLE run_recipe (
    id         VARCHAR(32)              NOT NULL PRIMARY KEY,
    body       TEXT                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
