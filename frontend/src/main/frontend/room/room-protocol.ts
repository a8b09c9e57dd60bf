/**
 * The room protocol of `/ws/rooms/{code}` as the browser reads and writes it (backend/ROOMS.md is the contract; the
 * server's records are `dev.threadlab.rooms.RoomEvent` and `RoomCommand`). Every message is a JSON object whose
 * `type` is the record's name.
 */

export type RoomStatus = 'open' | 'locked' | 'ended';
/** What a page shows: the room's status, or `revoked` once the teacher deleted it (`RoomRevoked`, then the close). */
export type ShownStatus = RoomStatus | 'revoked';
export type PlaybackMode = 'follow' | 'free';
export type Role = 'student' | 'teacher';
export type VerdictStatus = 'passed' | 'failed' | 'error';

export interface Playback {
  runId: string | null;
  positionUs: number;
  /** Set only while paused after a Step or a Seek with a seq: then it is authoritative. */
  seq: number | null;
  playing: boolean;
  /** Virtual µs per real µs. */
  speed: number;
  mode: PlaybackMode;
  /** Server time (ms) of the position. */
  updatedAt: number;
}

/** A scenario as the lab's API writes it; the room only passes it on. */
export type ScenarioJson = { title?: string } & Record<string, unknown>;

export interface Challenge {
  id: string;
  scenario: ScenarioJson;
  goal: { kind: string } & Record<string, unknown>;
  goalWords: string;
  posedAt: number;
}

export interface Verdict {
  status: VerdictStatus;
  explanation: string;
  method: string;
}

export interface SubmissionView {
  id: string;
  challengeId: string;
  memberId: string;
  name: string;
  submittedAt: number;
  verdict: Verdict | null;
  attempts: number;
}

export interface MemberView {
  memberId: string;
  name: string;
  handRaised: boolean;
}

export interface You {
  memberId: string;
  name: string;
  role: Role;
  resumeToken?: string | null;
}

/** Server → client. */
export type RoomEvent =
  | {
      type: 'RoomState'; code: string; title: string; status: RoomStatus; you: You;
      scenario: ScenarioJson | null; scenarioSource: string | null; playback: Playback | null;
      challenge: Challenge | null; roster: MemberView[] | null; memberCount: number;
      submissions: SubmissionView[]; serverTime: number;
    }
  | { type: 'ScenarioLoaded'; scenario: ScenarioJson | null; source: string | null; playback: Playback; serverTime: number }
  | { type: 'PlaybackChanged'; playback: Playback; serverTime: number }
  | { type: 'RosterChanged'; members: MemberView[]; memberCount: number }
  | { type: 'HandRaised'; memberId: string; name: string }
  | { type: 'HandLowered'; memberId: string }
  | { type: 'ChallengePosed'; challenge: Challenge }
  | { type: 'SubmissionReceived'; submission: SubmissionView }
  | { type: 'SubmissionGraded'; submission: SubmissionView }
  | { type: 'RoomLocked' } | { type: 'RoomUnlocked' } | { type: 'RoomEnded' } | { type: 'RoomRevoked' }
  | { type: 'Error'; code: string; message: string };

/** What the link passes to the page's server side besides room events: the socket closed. */
export interface Closed {
  type: 'Closed';
  code: number;
  reason: string;
}

/** Client → server. */
export type RoomCommand =
  | { type: 'Play' } | { type: 'Pause' }
  | { type: 'Seek'; positionUs: number; seq?: number }
  | { type: 'SetSpeed'; speed: number }
  | { type: 'Step'; delta: number; fromSeq: number }
  | { type: 'RaiseHand' } | { type: 'LowerHand' }
  | { type: 'Submit'; scenario: ScenarioJson };

/** Close codes (ROOMS.md; the server's `CloseCodes`). */
export const CloseCode = {
  REPLACED: 4001,
  BAD_REQUEST: 4400,
  FORBIDDEN: 4403,
  NOT_FOUND: 4404,
  LOCKED: 4423,
  TOO_MANY: 4429,
  FULL: 4503,
} as const;

/** Closes after which the page connects again by itself (the network, a node going away, a restart). */
export const RECONNECT_CODES: readonly number[] = [1001, 1006, 1011, 1012];
/** Closes after which a student's resume token is of no use any more. */
export const FORGET_TOKEN_CODES: readonly number[] = [CloseCode.BAD_REQUEST, CloseCode.NOT_FOUND, CloseCode.LOCKED];

/** `submission:{id}:{name}` → the submission's author; null for `teacher`, null or anything else. */
export function submissionAuthor(source: string | null | undefined): string | null {
  const prefix = 'submission:';
  if (!source || !source.startsWith(prefix)) return null;
  const rest = source.substring(prefix.length);
  const colon = rest.indexOf(':');
  return colon < 0 ? null : rest.substring(colon + 1);
}
