import { getJson } from './feed.js';
import type { LabEvent } from './types.js';

const PAGE = 200;

/**
 * Events of a big run past the streamed prefix, fetched a page at a time from
 * `GET /api/runs/{id}/events?from=SEQ` or `?at=µs` (backend/API.md), so that a click and the
 * one-event steps land on real events anywhere in the run, not only in the first pages.
 * The last page is kept: steps inside it cost nothing.
 */
export class EventPager {
  private page: LabEvent[] = [];

  constructor(private readonly runId: string, private readonly eventCount: number) {}

  /** The event `seq`, or null past the run's end. */
  async event(seq: number): Promise<LabEvent | null> {
    if (seq < 0 || seq >= this.eventCount) return null;
    const cached = this.cached(seq);
    if (cached) return cached;
    const from = Math.max(0, seq - PAGE / 2);
    this.page = (await this.fetch(`from=${from}`)).events;
    return this.cached(seq);
  }

  /** The last seq whose time is ≤ `us` (the position "after every event at or before it"). */
  async seqAtTime(us: number): Promise<number> {
    const within = this.page.filter(e => e.t <= us);
    const last = this.page[this.page.length - 1];
    if (within.length > 0 && last && last.t > us) return within[within.length - 1].seq;
    const answer = await this.fetch(`at=${Math.floor(us) + 1}`);
    const first = answer.events[0];
    if (!first) return this.eventCount - 1;
    this.page = answer.events;
    return first.seq - 1;
  }

  private cached(seq: number): LabEvent | null {
    const first = this.page[0];
    if (!first || seq < first.seq || seq >= first.seq + this.page.length) return null;
    return this.page[seq - first.seq];
  }

  private async fetch(query: string): Promise<{ events: LabEvent[] }> {
    const page = await getJson(`/api/runs/${encodeURIComponent(this.runId)}/events?${query}&limit=${PAGE}`);
    return { events: (page.events ?? []) as LabEvent[] };
  }
}
