import { RunState } from './state.js';
import type { LabEvent, Scenario, TimelineWindow } from './types.js';

/** A stretch of one lane in one state (open while `to` is undefined). */
export interface Span {
  from: number;
  to?: number;
  state: string;
  on: string | null;
  merged?: boolean;
}

export interface GilSpan {
  from: number;
  to?: number;
  holder: string | null;
  merged?: boolean;
  handovers?: number;
}

export interface Lane {
  thread: string;
  process: string;
  spans: Span[];
}

const CHECKPOINT_EVERY = 1000;

/**
 * Everything received of one run: the events in seq order, state checkpoints so that any
 * position is rebuilt quickly, and the lanes (state spans per thread, GIL holders per process)
 * that the timeline draws. Big runs are drawn from a level-of-detail window instead.
 */
export class RunRecording {
  readonly events: LabEvent[] = [];
  readonly lanes: Lane[] = [];
  readonly gil = new Map<string, GilSpan[]>();
  readonly dropRequests: { t: number; process: string }[] = [];
  readonly errorMarks: { t: number; thread: string; text: string }[] = [];
  /** Where an explored witness preempts a thread: the thread switched out and when (set by the host). */
  preemptionMarks: { t: number; thread: string }[] = [];
  /** Scheduler mode: the threads that could go next at the choice the run stands at, marked on their lanes. */
  candidates: { thread: string; label: string }[] = [];
  endT = 0;
  /** Lanes come from a level-of-detail window: events no longer draw them. */
  private windowed = false;
  private readonly laneByThread = new Map<string, Lane>();
  private readonly processOf = new Map<string, string>();
  private readonly checkpoints: RunState[] = [];
  private readonly live = new RunState();

  constructor(scenario: Scenario | null) {
    for (const thread of scenario?.threads ?? []) {
      const count = thread.count ?? 1;
      for (let i = 1; i <= count; i++) {
        const id = count > 1 ? `${thread.id}-${i}` : thread.id;
        this.processOf.set(id, thread.process ?? 'main');
      }
    }
    // Lanes appear in the scenario's order; the implicit main thread first.
    this.lane('main');
    this.processOf.forEach((_p, id) => this.lane(id));
  }

  get count(): number {
    return this.events.length;
  }

  ingest(batch: LabEvent[]): void {
    for (const e of batch) {
      if (e.seq !== this.events.length) continue; // duplicates after a reconnect
      if (e.seq % CHECKPOINT_EVERY === 0) this.checkpoints.push(this.live.clone());
      this.events.push(e);
      this.live.apply(e);
      this.endT = Math.max(this.endT, e.t);
      this.record(e);
    }
  }

  /** The state after applying events [0, seq]; seq −1 is the state before any event. */
  stateAt(seq: number): RunState {
    if (seq < 0 || this.events.length === 0) return new RunState();
    const last = Math.min(seq, this.events.length - 1);
    const base = this.checkpoints[Math.floor(last / CHECKPOINT_EVERY)];
    const state = base ? base.clone() : new RunState();
    for (let i = state.seq + 1; i <= last; i++) state.apply(this.events[i]);
    return state;
  }

  /** The last seq whose time is ≤ t (−1 when none). */
  seqAtTime(t: number): number {
    let lo = 0;
    let hi = this.events.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.events[mid].t <= t) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Replaces the drawn lanes by a level-of-detail window (big runs: events are not all loaded). */
  useWindow(w: TimelineWindow): void {
    this.windowed = true;
    for (const l of w.lanes) {
      this.lane(l.thread).spans = l.segments.map(s => ({ from: s.fromUs, to: s.toUs, state: s.state,
        on: s.on ?? null, merged: s.merged }));
    }
    for (const g of w.gil) {
      this.gil.set(g.process, g.segments.map(s => ({ from: s.fromUs, to: s.toUs, holder: s.holder,
        merged: s.merged, handovers: s.handovers })));
    }
    // The window may reach past the run (zoomed out): only its segments say where the run ends.
    for (const l of w.lanes) for (const s of l.segments) this.endT = Math.max(this.endT, s.toUs);
  }

  processes(): string[] {
    const out = ['main'];
    this.lanes.forEach(l => { if (!out.includes(l.process)) out.push(l.process); });
    this.gil.forEach((_s, p) => { if (!out.includes(p)) out.push(p); });
    return out;
  }

  private record(e: LabEvent): void {
    if (this.windowed && e.kind !== 'error') return;
    switch (e.kind) {
      case 'thread-state': {
        const spans = this.lane(e.thread!).spans;
        const open = spans[spans.length - 1];
        if (open && open.to === undefined) open.to = e.t;
        spans.push({ from: e.t, state: e.state!, on: e.on ?? null });
        break;
      }
      case 'gil-taken':
      case 'gil-dropped': {
        const spans = this.gilSpans(e.process!);
        const open = spans[spans.length - 1];
        if (open && open.to === undefined) open.to = e.t;
        spans.push({ from: e.t, holder: e.kind === 'gil-taken' ? e.thread ?? null : null });
        if (e.kind === 'gil-taken') this.processOf.set(e.thread!, e.process!);
        break;
      }
      case 'gil-drop-requested':
        this.dropRequests.push({ t: e.t, process: e.process! });
        break;
      case 'error':
        this.errorMarks.push({ t: e.t, thread: e.thread ?? '', text: `${e.type}: ${e.message}` });
        break;
      default:
        break;
    }
  }

  private gilSpans(process: string): GilSpan[] {
    let spans = this.gil.get(process);
    if (!spans) {
      spans = [];
      this.gil.set(process, spans);
    }
    return spans;
  }

  private lane(thread: string): Lane {
    let lane = this.laneByThread.get(thread);
    if (!lane) {
      lane = { thread, process: this.processOf.get(thread) ?? 'main', spans: [] };
      this.laneByThread.set(thread, lane);
      this.lanes.push(lane);
    }
    return lane;
  }
}
