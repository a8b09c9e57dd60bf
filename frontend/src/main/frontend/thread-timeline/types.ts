/** The shapes of DESIGN.md §4 as the browser sees them (events, run summary, scenario). */

export type ThreadStateName =
  | 'new' | 'ready' | 'running' | 'waiting-gil' | 'blocked' | 'waiting' | 'sleeping' | 'io' | 'terminated';

/** One state change of a run; the keys beyond seq/t/kind depend on the kind. */
export interface LabEvent {
  seq: number;
  t: number;
  kind: string;
  thread?: string;
  state?: ThreadStateName;
  on?: string | null;
  step?: string;
  process?: string;
  holder?: string;
  requester?: string;
  object?: string;
  owner?: string;
  count?: number;
  value?: number;
  set?: boolean;
  action?: string;
  item?: string;
  size?: number;
  unfinished?: number;
  head?: string[];
  lost?: boolean;
  text?: string;
  type?: string;
  message?: string;
  alive?: boolean;
  cycle?: WaitFor[];
  outcome?: string;
  timer?: string;
}

export interface WaitFor {
  thread: string;
  waitsFor: string;
  heldBy: string | null;
}

export interface ThreadSummary {
  id: string;
  process?: string;
  state?: string;
  runningMs?: number;
  waitingGilMs?: number;
  blockedMs?: number;
  ioMs?: number;
  sleepingMs?: number;
  readyMs?: number;
  cpuMs?: number;
}

export interface RunError {
  thread: string;
  type: string;
  message: string;
  atMs: number;
  step: string;
}

export interface RunSummary {
  runId: string;
  outcome: string;
  elapsedMs: number;
  eventCount: number;
  variables: Record<string, number>;
  threads: ThreadSummary[];
  errors: RunError[];
  deadlock: WaitFor[] | null;
  lostUpdates: Record<string, number>;
}

export interface ScenarioObject {
  id: string;
  type: string;
  value?: number;
  maxsize?: number;
  lock?: string;
}

/** A step's op: the lab's step vocabulary, the server's `StepOp` (StepOpsAgreeTest checks they name the same ops). */
export type StepOp =
  | 'compute' | 'io' | 'sleep'
  | 'acquire' | 'release' | 'with'
  | 'wait' | 'notify' | 'notifyAll' | 'set' | 'clear'
  | 'put' | 'get' | 'taskDone'
  | 'join' | 'start' | 'cancel'
  | 'read' | 'write' | 'increment'
  | 'repeat' | 'print' | 'exit'
  | 'spinUntil' | 'if' | 'while' | 'break';

export interface ScenarioStep {
  op: StepOp;
  body?: ScenarioStep[];
  [key: string]: unknown;
}

export interface ScenarioThread {
  id: string;
  name?: string;
  count?: number;
  daemon?: boolean;
  process?: string;
  body: ScenarioStep[];
}

export interface Scenario {
  title?: string;
  runtime?: { model?: string; cores?: number; switchIntervalMs?: number; seed?: number; policy?: string };
  objects?: ScenarioObject[];
  threads?: ScenarioThread[];
  processes?: { id: string }[];
}

/** The level-of-detail answer: lanes of merged segments and a GIL lane per process. */
export interface TimelineWindow {
  fromUs: number;
  toUs: number;
  resolutionUs: number;
  lanes: { thread: string; segments: LodSegment[] }[];
  gil: { process: string; segments: LodGilSegment[] }[];
}

export interface LodSegment {
  fromUs: number;
  toUs: number;
  state: string;
  on?: string | null;
  merged?: boolean;
}

export interface LodGilSegment {
  fromUs: number;
  toUs: number;
  holder: string | null;
  merged?: boolean;
  handovers?: number;
}
