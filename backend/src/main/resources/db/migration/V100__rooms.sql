-- Classroom rooms (issue 7). Numbered from 100 so they never clash with the API's migrations.
-- JSON columns hold canonical JSON text: scenario (DESIGN.md §2), playback, challenge, verdict.
CREATE TABLE room (
    code               VARCHAR(9)               NOT NULL PRIMARY KEY,
    title              VARCHAR(200)             NOT NULL,
    teacher_token_hash VARCHAR(64)              NOT NULL,
    status             VARCHAR(16)              NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    scenario           TEXT,
    scenario_source    VARCHAR(300),
    playback           TEXT                     NOT NULL,
    challenge          TEXT
);

-- Students who joined; the resume token's SHA-256 lets a reconnecting client be the same member again.
CREATE TABLE room_member (
    room_code   VARCHAR(9)               NOT NULL REFERENCES room (code) ON DELETE CASCADE,
    member_id   VARCHAR(32)              NOT NULL,
    name        VARCHAR(200)             NOT NULL,
    resume_hash VARCHAR(64)              NOT NULL,
    joined_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (room_code, member_id)
);

CREATE TABLE room_submission (
    id           VARCHAR(32)              NOT NULL PRIMARY KEY,
    room_code    VARCHAR(9)               NOT NULL REFERENCES room (code) ON DELETE CASCADE,
    challenge_id VARCHAR(32)              NOT NULL,
    member_id    VARCHAR(32)              NOT NULL,
    name         VARCHAR(200)             NOT NULL,
    scenario     TEXT                     NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    verdict      TEXT
);

CREATE INDEX room_submission_by_room ON room_submission (room_code, challenge_id);
