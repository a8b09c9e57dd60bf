import type { LabEvent, RunSummary, TimelineWindow } from './types.js';

export interface FeedListener {
  events(batch: LabEvent[]): void;
  /** A run streamed while it was computed is done: its summary, before the rest of its events. */
  computed(summary: RunSummary): void;
  end(summary: RunSummary | null): void;
  failed(message: string): void;
}

/**
 * Streams a run's events from `WS /ws/runs/{id}?from=SEQ` (DESIGN.md §4), reconnecting from the
 * last seq received; falls back to `GET /api/runs/{id}/events` pages when the socket cannot open.
 */
export class EventFeed {
  private socket: WebSocket | null = null;
  private closed = false;
  private failures = 0;

  constructor(private readonly runId: string, private readonly listener: FeedListener,
              private readonly received: () => number) {}

  open(): void {
    const proto = location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${proto}://${location.host}/ws/runs/${encodeURIComponent(this.runId)}?from=${this.received()}`);
    this.socket = ws;
    let ended = false;
    ws.onmessage = msg => {
      const data = JSON.parse(msg.data as string);
      if (data.type === 'events') {
        this.listener.events(data.events as LabEvent[]);
      } else if (data.type === 'computed') {
        this.listener.computed(data.summary as RunSummary);
      } else if (data.type === 'end') {
        ended = true;
        this.listener.end((data.summary as RunSummary) ?? null);
        ws.close();
      } else if (data.type === 'error') {
        ended = true;
        this.listener.failed(String(data.detail ?? data.message ?? 'the run cannot be streamed'));
      }
    };
    ws.onclose = close => {
      if (ended || this.closed) return;
      if (close.code === 4400 || close.code === 4404) {
        // the run cannot be made (a schedule the engine refused) or does not exist: trying again will not help
        ended = true;
        this.listener.failed(close.reason || `closed with ${close.code}`);
        return;
      }
      this.failures++;
      if (this.failures <= 2) setTimeout(() => this.open(), 200 * this.failures);
      else void this.pageThrough();
    };
  }

  close(): void {
    this.closed = true;
    this.socket?.close();
  }

  /** REST fallback: pages of events until `next` is null. */
  private async pageThrough(): Promise<void> {
    try {
      let from: number | null = this.received();
      while (from !== null && !this.closed) {
        const page = await getJson(`/api/runs/${encodeURIComponent(this.runId)}/events?from=${from}&limit=5000`);
        this.listener.events(page.events as LabEvent[]);
        from = page.next as number | null;
      }
      if (!this.closed) this.listener.end(null);
    } catch (e) {
      this.listener.failed(String(e));
    }
  }
}

export async function getJson(path: string): Promise<any> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

type RawSegment = [number, number, string | null, (string | null)?, (Record<string, number> | number)?];

/**
 * `GET /api/runs/{id}/timeline?from=&to=&px=`: lanes merged below one pixel for the window [from, to).
 * Segments come as compact arrays (backend/API.md): lane `[from, to, state, on?, shares?]`,
 * GIL `[from, to, holder, handovers?]`.
 */
export async function fetchWindow(runId: string, from: number, to: number, px: number): Promise<TimelineWindow> {
  return parseWindow(await getJson(`/api/runs/${encodeURIComponent(runId)}/timeline?from=${Math.max(0, Math.floor(from))}`
    + `&to=${Math.ceil(to)}&px=${Math.max(1, Math.min(20000, Math.round(px)))}`));
}

/** A JSON property the Java side set, or null if it is empty or not JSON. */
export function parse<T>(json: string): T | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
}

/** A timeline in its compact wire form (as `/timeline` and `POST /api/reality` answer it). */
export function parseWindow(raw: any): TimelineWindow {
  return {
    fromUs: raw.from,
    toUs: raw.to,
    resolutionUs: raw.resolution,
    lanes: (raw.lanes ?? []).map((l: { thread: string; segments: RawSegment[] }) => ({
      thread: l.thread,
      segments: l.segments.map(s => ({ fromUs: s[0], toUs: s[1], state: String(s[2]), on: (s[3] as string) ?? null,
        merged: s[4] !== undefined })),
    })),
    gil: (raw.gil ?? []).map((g: { process: string; segments: RawSegment[] }) => ({
      process: g.process,
      segments: g.segments.map(s => ({ fromUs: s[0], toUs: s[1], holder: s[2], merged: s[3] !== undefined,
        handovers: typeof s[3] === 'number' ? s[3] : undefined })),
    })),
  };
}
