import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunRecording } from '../../../main/frontend/thread-timeline/recording.ts';
import { RunState } from '../../../main/frontend/thread-timeline/state.ts';
import type { LabEvent, Scenario } from '../../../main/frontend/thread-timeline/types.ts';
import { Events } from './events.ts';

const scenario: Scenario = {
  threads: [
    { id: 'worker', count: 2, body: [] },
    { id: 'child', process: 'p2', body: [] },
  ],
};

/** A long run: two threads take turns on the GIL and write a counter, past several checkpoints. */
function longRun(n: number): LabEvent[] {
  const events = new Events();
  for (let i = 0; events.list.length < n; i++) {
    const who = i % 2 === 0 ? 'worker-1' : 'worker-2';
    events.add(i * 10, 'thread-state', { thread: who, state: 'running' })
      .add(i * 10 + 1, 'gil-taken', { process: 'main', thread: who })
      .add(i * 10 + 2, 'var-written', { object: 'counter', thread: who, value: i, lost: i % 7 === 0 })
      .add(i * 10 + 2, 'gil-dropped', { process: 'main', thread: who })
      .add(i * 10 + 3, 'thread-state', { thread: who, state: 'waiting-gil' });
  }
  return events.list.slice(0, n);
}

test('lanes follow the scenario: main first, then each thread, counted threads numbered', () => {
  const r = new RunRecording(scenario);
  assert.deepEqual(r.lanes.map(l => [l.thread, l.process]),
    [['main', 'main'], ['worker-1', 'main'], ['worker-2', 'main'], ['child', 'p2']]);
  assert.deepEqual(r.processes(), ['main', 'p2']);
});

test('a state opens a span that the next state of the same thread closes', () => {
  const r = new RunRecording(scenario);
  r.ingest(new Events()
    .add(0, 'thread-state', { thread: 'worker-1', state: 'running' })
    .add(4, 'thread-state', { thread: 'worker-2', state: 'ready' })
    .add(9, 'thread-state', { thread: 'worker-1', state: 'blocked', on: 'lock' }).list);
  const lane = (id: string) => r.lanes.find(l => l.thread === id)!.spans;
  assert.deepEqual(lane('worker-1'), [
    { from: 0, to: 9, state: 'running', on: null },
    { from: 9, state: 'blocked', on: 'lock' },
  ]);
  assert.deepEqual(lane('worker-2'), [{ from: 4, state: 'ready', on: null }]);
  assert.equal(r.endT, 9);
});

test('GIL spans per process, drop requests and errors are recorded; a new thread gets a lane', () => {
  const r = new RunRecording(null);
  r.ingest(new Events()
    .add(0, 'gil-taken', { process: 'p3', thread: 'late' })
    .add(2, 'gil-drop-requested', { process: 'p3', requester: 'other' })
    .add(5, 'gil-dropped', { process: 'p3', thread: 'late' })
    .add(6, 'thread-state', { thread: 'late', state: 'terminated' })
    .add(7, 'error', { thread: 'late', type: 'KeyError', message: "'k'" }).list);
  assert.deepEqual(r.gil.get('p3'), [{ from: 0, to: 5, holder: 'late' }, { from: 5, holder: null }]);
  assert.deepEqual(r.dropRequests, [{ t: 2, process: 'p3' }]);
  assert.deepEqual(r.errorMarks, [{ t: 7, thread: 'late', text: "KeyError: 'k'" }]);
  assert.deepEqual(r.lanes.map(l => [l.thread, l.process]), [['main', 'main'], ['late', 'p3']]);
  assert.deepEqual(r.processes(), ['main', 'p3']);
});

test('a repeated or early batch after a reconnect is ignored: every seq is kept once, in order', () => {
  const events = longRun(30);
  const r = new RunRecording(scenario);
  r.ingest(events.slice(0, 20));
  r.ingest(events.slice(10, 25));
  r.ingest(events.slice(27));
  r.ingest(events.slice(25));
  assert.equal(r.count, 30);
  assert.deepEqual(r.events.map(e => e.seq), events.map(e => e.seq));
});

test('the state at any seq equals replaying the events up to it, across checkpoints', () => {
  const events = longRun(3500);
  const r = new RunRecording(scenario);
  for (let i = 0; i < events.length; i += 333) r.ingest(events.slice(i, i + 333));
  const replayed = new RunState();
  const wanted = new Set([0, 1, 998, 999, 1000, 1001, 2345, 3000, 3499]);
  events.forEach(e => {
    replayed.apply(e);
    if (wanted.has(e.seq)) assert.deepEqual(r.stateAt(e.seq), replayed, `state at seq ${e.seq}`);
  });
  assert.deepEqual(r.stateAt(99_999), replayed, 'past the end: the last state');
  assert.deepEqual(r.stateAt(-1), new RunState());
});

test('the seq at a time is the last event at or before it', () => {
  const events = longRun(400);
  const r = new RunRecording(scenario);
  r.ingest(events);
  for (const t of [-1, 0, 1, 2, 3, 4, 555, 556, 10_000]) {
    const linear = events.findLastIndex(e => e.t <= t);
    assert.equal(r.seqAtTime(t), linear, `time ${t}`);
  }
});

test('a level-of-detail window replaces the lanes; later events draw only their errors', () => {
  const r = new RunRecording(scenario);
  r.useWindow({
    fromUs: 0, toUs: 1_000_000, resolutionUs: 1000,
    lanes: [{ thread: 'worker-1', segments: [{ fromUs: 0, toUs: 8000, state: 'running', merged: true }] }],
    gil: [{ process: 'main', segments: [{ fromUs: 0, toUs: 8000, holder: null, merged: true, handovers: 12 }] }],
  });
  assert.deepEqual(r.lanes.find(l => l.thread === 'worker-1')!.spans,
    [{ from: 0, to: 8000, state: 'running', on: null, merged: true }]);
  assert.deepEqual(r.gil.get('main'), [{ from: 0, to: 8000, holder: null, merged: true, handovers: 12 }]);
  assert.equal(r.endT, 8000, 'the window ends the run where its segments end, not at its own edge');

  r.ingest(new Events()
    .add(9000, 'thread-state', { thread: 'worker-1', state: 'blocked', on: 'l' })
    .add(9001, 'error', { thread: 'worker-1', type: 'RuntimeError', message: 'x' }).list);
  assert.equal(r.lanes.find(l => l.thread === 'worker-1')!.spans.length, 1);
  assert.deepEqual(r.errorMarks, [{ t: 9001, thread: 'worker-1', text: 'RuntimeError: x' }]);
  assert.equal(r.stateAt(0).threads.get('worker-1')?.state, 'blocked', 'the state still follows the events');
});
