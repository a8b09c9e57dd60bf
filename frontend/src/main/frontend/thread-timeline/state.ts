import type { LabEvent, ThreadStateName, WaitFor } from './types.js';

/** What one thread is doing at an instant. */
export interface ThreadNow {
  state: ThreadStateName;
  on: string | null;
  step: string | null;
}

export interface VariableNow {
  value: number;
  lastWriter: string | null;
  lost: number;
  lastLost: boolean;
}

export interface QueueNow {
  size: number;
  unfinished: number;
  head: string[];
}

/**
 * The full state of a run after a prefix of its events, rebuilt by applying them in order
 * (DESIGN.md §4: "the client can rebuild the full state at any instant from them").
 */
export class RunState {
  seq = -1;
  t = 0;
  threads = new Map<string, ThreadNow>();
  gilHolder = new Map<string, string | null>();
  gilRequest = new Map<string, string | null>();
  lockOwner = new Map<string, { owner: string | null; count: number }>();
  semaphores = new Map<string, number>();
  flags = new Map<string, boolean>();
  queues = new Map<string, QueueNow>();
  variables = new Map<string, VariableNow>();
  printed: string[] = [];
  errors: { thread: string; type: string; message: string; step: string | null; t: number }[] = [];
  deadlock: WaitFor[] | null = null;
  outcome: string | null = null;

  apply(e: LabEvent): void {
    this.seq = e.seq;
    this.t = e.t;
    switch (e.kind) {
      case 'thread-state': {
        const now = this.thread(e.thread!);
        now.state = e.state!;
        now.on = e.on ?? null;
        break;
      }
      case 'step':
        this.thread(e.thread!).step = e.step ?? null;
        break;
      case 'gil-taken':
        this.gilHolder.set(e.process!, e.thread ?? null);
        this.gilRequest.set(e.process!, null);
        break;
      case 'gil-dropped':
        this.gilHolder.set(e.process!, null);
        break;
      case 'gil-drop-requested':
        this.gilRequest.set(e.process!, e.requester ?? null);
        break;
      case 'lock-acquired':
        this.lockOwner.set(e.object!, { owner: e.owner ?? e.thread ?? null, count: e.count ?? 1 });
        break;
      case 'lock-released': {
        const count = e.count ?? 0;
        const before = this.lockOwner.get(e.object!);
        this.lockOwner.set(e.object!, { owner: count > 0 ? before?.owner ?? e.thread ?? null : null, count });
        break;
      }
      case 'semaphore':
        this.semaphores.set(e.object!, e.value ?? 0);
        break;
      case 'event-flag':
        this.flags.set(e.object!, !!e.set);
        break;
      case 'queue':
        this.queues.set(e.object!, { size: e.size ?? 0, unfinished: e.unfinished ?? 0, head: e.head ?? [] });
        break;
      case 'var-written': {
        const v = this.variable(e.object!);
        v.value = e.value ?? 0;
        v.lastWriter = e.thread ?? null;
        v.lastLost = !!e.lost;
        if (e.lost) v.lost++;
        break;
      }
      case 'var-read':
        if (!this.variables.has(e.object!)) this.variable(e.object!).value = e.value ?? 0;
        break;
      case 'printed':
        this.printed.push(`${e.thread}: ${e.text ?? ''}`);
        break;
      case 'error':
        this.errors.push({ thread: e.thread ?? '?', type: e.type ?? 'Error', message: e.message ?? '',
          step: e.step ?? null, t: e.t });
        break;
      case 'deadlock':
        this.deadlock = e.cycle ?? [];
        break;
      case 'run-ended':
        this.outcome = e.outcome ?? null;
        break;
      default:
        break;
    }
  }

  /** Threads whose state is `state` and who wait on `object`, in id order. */
  waitersOn(object: string, ...states: ThreadStateName[]): string[] {
    const out: string[] = [];
    this.threads.forEach((now, id) => {
      if (now.on === object && states.includes(now.state)) out.push(id);
    });
    return out;
  }

  /** The state `GET /api/runs/{id}/state?at=` answers: a big run's panels past the events the browser holds. */
  static fromServer(j: any): RunState {
    const s = new RunState();
    s.seq = j.seq ?? -1;
    s.t = j.atUs ?? 0;
    for (const [id, t] of Object.entries<any>(j.threads ?? {})) {
      s.threads.set(id, { state: t.state, on: t.on ?? null, step: t.step ?? null });
    }
    for (const [p, h] of Object.entries<any>(j.gil ?? {})) s.gilHolder.set(p, h ?? null);
    for (const [p, r] of Object.entries<any>(j.gilRequests ?? {})) s.gilRequest.set(p, r ?? null);
    for (const [id, l] of Object.entries<any>(j.locks ?? {})) s.lockOwner.set(id, { owner: l.owner ?? null, count: l.count ?? 0 });
    for (const [id, v] of Object.entries<any>(j.semaphores ?? {})) s.semaphores.set(id, v);
    for (const [id, v] of Object.entries<any>(j.events ?? {})) s.flags.set(id, !!v);
    for (const [id, q] of Object.entries<any>(j.queues ?? {})) {
      s.queues.set(id, { size: q.size ?? 0, unfinished: q.unfinished ?? 0, head: q.head ?? [] });
    }
    for (const [id, v] of Object.entries<any>(j.ints ?? {})) {
      s.variables.set(id, { value: v.value ?? 0, lastWriter: v.lastWriter ?? null, lost: v.lost ?? 0, lastLost: !!v.lastLost });
    }
    s.printed = [...(j.printed ?? [])];
    s.errors = (j.errors ?? []).map((e: any) => ({ thread: e.thread, type: e.type, message: e.message ?? '',
      step: e.step ?? null, t: e.atUs ?? 0 }));
    s.deadlock = j.deadlock ?? null;
    s.outcome = j.outcome ?? null;
    return s;
  }

  clone(): RunState {
    const c = new RunState();
    c.seq = this.seq;
    c.t = this.t;
    this.threads.forEach((v, k) => c.threads.set(k, { ...v }));
    c.gilHolder = new Map(this.gilHolder);
    c.gilRequest = new Map(this.gilRequest);
    this.lockOwner.forEach((v, k) => c.lockOwner.set(k, { ...v }));
    c.semaphores = new Map(this.semaphores);
    c.flags = new Map(this.flags);
    this.queues.forEach((v, k) => c.queues.set(k, { ...v, head: [...v.head] }));
    this.variables.forEach((v, k) => c.variables.set(k, { ...v }));
    c.printed = [...this.printed];
    c.errors = [...this.errors];
    c.deadlock = this.deadlock;
    c.outcome = this.outcome;
    return c;
  }

  private thread(id: string): ThreadNow {
    let now = this.threads.get(id);
    if (!now) {
      now = { state: 'new', on: null, step: null };
      this.threads.set(id, now);
    }
    return now;
  }

  private variable(id: string): VariableNow {
    let v = this.variables.get(id);
    if (!v) {
      v = { value: 0, lastWriter: null, lost: 0, lastLost: false };
      this.variables.set(id, v);
    }
    return v;
  }
}
