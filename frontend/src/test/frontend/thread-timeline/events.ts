import type { LabEvent } from '../../../main/frontend/thread-timeline/types.ts';

/** Builds a run's events with consecutive seq numbers, as the server streams them. */
export class Events {
  readonly list: LabEvent[] = [];

  add(t: number, kind: string, fields: Partial<LabEvent> = {}): this {
    this.list.push({ seq: this.list.length, t, kind, ...fields });
    return this;
  }
}
