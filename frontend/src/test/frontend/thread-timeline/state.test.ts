import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunState } from '../../../main/frontend/thread-timeline/state.ts';
import { Events } from './events.ts';

function replay(events: Events): RunState {
  const s = new RunState();
  events.list.forEach(e => s.apply(e));
  return s;
}

test('a thread state carries what it waits on, and its current step', () => {
  const s = replay(new Events()
    .add(0, 'thread-state', { thread: 'w', state: 'running' })
    .add(5, 'step', { thread: 'w', step: 'acquire lock' })
    .add(6, 'thread-state', { thread: 'w', state: 'blocked', on: 'lock' }));
  assert.deepEqual(s.threads.get('w'), { state: 'blocked', on: 'lock', step: 'acquire lock' });
  assert.equal(s.seq, 2);
  assert.equal(s.t, 6);
});

test('taking the GIL answers the pending drop request of its process only', () => {
  const s = replay(new Events()
    .add(0, 'gil-taken', { process: 'main', thread: 'a' })
    .add(1, 'gil-taken', { process: 'p2', thread: 'c' })
    .add(2, 'gil-drop-requested', { process: 'main', requester: 'b' })
    .add(3, 'gil-drop-requested', { process: 'p2', requester: 'd' })
    .add(4, 'gil-dropped', { process: 'main', thread: 'a' })
    .add(5, 'gil-taken', { process: 'main', thread: 'b' }));
  assert.equal(s.gilHolder.get('main'), 'b');
  assert.equal(s.gilRequest.get('main'), null);
  assert.equal(s.gilHolder.get('p2'), 'c');
  assert.equal(s.gilRequest.get('p2'), 'd');
});

test('a reentrant lock keeps its owner until its count falls to zero', () => {
  const events = new Events()
    .add(0, 'lock-acquired', { object: 'r', thread: 'a', count: 1 })
    .add(1, 'lock-acquired', { object: 'r', thread: 'a', count: 2 })
    .add(2, 'lock-released', { object: 'r', thread: 'a', count: 1 });
  assert.deepEqual(replay(events).lockOwner.get('r'), { owner: 'a', count: 1 });
  events.add(3, 'lock-released', { object: 'r', thread: 'a', count: 0 });
  assert.deepEqual(replay(events).lockOwner.get('r'), { owner: null, count: 0 });
});

test('a lost write is counted on its variable and remembered as the last one', () => {
  const s = replay(new Events()
    .add(0, 'var-written', { object: 'x', thread: 'a', value: 1 })
    .add(1, 'var-written', { object: 'x', thread: 'b', value: 1, lost: true })
    .add(2, 'var-written', { object: 'x', thread: 'a', value: 2, lost: true }));
  assert.deepEqual(s.variables.get('x'), { value: 2, lastWriter: 'a', lost: 2, lastLost: true });
});

test('a read shows a variable never written, and never overrides a written one', () => {
  const s = replay(new Events()
    .add(0, 'var-read', { object: 'seen', thread: 'a', value: 7 })
    .add(1, 'var-written', { object: 'x', thread: 'a', value: 3 })
    .add(2, 'var-read', { object: 'x', thread: 'b', value: 99 }));
  assert.equal(s.variables.get('seen')?.value, 7);
  assert.equal(s.variables.get('x')?.value, 3);
});

test('semaphores, event flags, queues, prints, errors, deadlock and outcome', () => {
  const cycle = [{ thread: 'a', waitsFor: 'l2', heldBy: 'b' }, { thread: 'b', waitsFor: 'l1', heldBy: 'a' }];
  const s = replay(new Events()
    .add(0, 'semaphore', { object: 's', value: 2 })
    .add(1, 'event-flag', { object: 'go', set: true })
    .add(2, 'queue', { object: 'q', size: 2, unfinished: 3, head: ['1', '2'] })
    .add(3, 'printed', { thread: 'a', text: 'hello' })
    .add(4, 'error', { thread: 'b', type: 'ValueError', message: 'bad', step: 'raise' })
    .add(5, 'deadlock', { cycle })
    .add(6, 'run-ended', { outcome: 'deadlock' }));
  assert.equal(s.semaphores.get('s'), 2);
  assert.equal(s.flags.get('go'), true);
  assert.deepEqual(s.queues.get('q'), { size: 2, unfinished: 3, head: ['1', '2'] });
  assert.deepEqual(s.printed, ['a: hello']);
  assert.deepEqual(s.errors, [{ thread: 'b', type: 'ValueError', message: 'bad', step: 'raise', t: 4 }]);
  assert.deepEqual(s.deadlock, cycle);
  assert.equal(s.outcome, 'deadlock');
});

test('the waiters on an object are the threads in the asked states that wait on it', () => {
  const s = replay(new Events()
    .add(0, 'thread-state', { thread: 'a', state: 'blocked', on: 'l' })
    .add(1, 'thread-state', { thread: 'b', state: 'waiting', on: 'l' })
    .add(2, 'thread-state', { thread: 'c', state: 'blocked', on: 'other' })
    .add(3, 'thread-state', { thread: 'd', state: 'blocked', on: 'l' }));
  assert.deepEqual(s.waitersOn('l', 'blocked'), ['a', 'd']);
  assert.deepEqual(s.waitersOn('l', 'blocked', 'waiting'), ['a', 'b', 'd']);
  assert.deepEqual(s.waitersOn('none', 'blocked'), []);
});

test('a clone is a deep copy: applying events to it leaves the original as it was', () => {
  const events = new Events()
    .add(0, 'thread-state', { thread: 'a', state: 'running' })
    .add(1, 'lock-acquired', { object: 'l', thread: 'a', count: 1 })
    .add(2, 'queue', { object: 'q', size: 1, unfinished: 1, head: ['x'] })
    .add(3, 'var-written', { object: 'v', thread: 'a', value: 1 })
    .add(4, 'printed', { thread: 'a', text: 'one' });
  const original = replay(events);
  const copy = original.clone();
  assert.deepEqual(copy, original);

  new Events()
    .add(5, 'thread-state', { thread: 'a', state: 'blocked', on: 'l' })
    .add(6, 'lock-released', { object: 'l', thread: 'a', count: 0 })
    .add(7, 'var-written', { object: 'v', thread: 'a', value: 2, lost: true })
    .add(8, 'printed', { thread: 'a', text: 'two' })
    .list.forEach(e => copy.apply(e));
  copy.queues.get('q')!.head.push('y');

  assert.deepEqual(original, replay(events));
  assert.notDeepEqual(copy, original);
});

test('the state the server answers for a big run reads into the same fields', () => {
  const s = RunState.fromServer({
    seq: 41, atUs: 1200,
    threads: { a: { state: 'blocked', on: 'l', step: 'acquire' }, b: { state: 'running' } },
    gil: { main: 'b' }, gilRequests: { main: 'a' },
    locks: { l: { owner: 'b', count: 1 } },
    semaphores: { s: 0 }, events: { go: false },
    queues: { q: { size: 1, unfinished: 2, head: ['7'] } },
    ints: { x: { value: 5, lastWriter: 'b', lost: 1, lastLost: true } },
    printed: ['b: hi'],
    errors: [{ thread: 'a', type: 'RuntimeError', atUs: 900 }],
    deadlock: null, outcome: 'completed',
  });
  assert.equal(s.seq, 41);
  assert.equal(s.t, 1200);
  assert.deepEqual(s.threads.get('a'), { state: 'blocked', on: 'l', step: 'acquire' });
  assert.deepEqual(s.threads.get('b'), { state: 'running', on: null, step: null });
  assert.equal(s.gilHolder.get('main'), 'b');
  assert.equal(s.gilRequest.get('main'), 'a');
  assert.deepEqual(s.lockOwner.get('l'), { owner: 'b', count: 1 });
  assert.equal(s.semaphores.get('s'), 0);
  assert.equal(s.flags.get('go'), false);
  assert.deepEqual(s.queues.get('q'), { size: 1, unfinished: 2, head: ['7'] });
  assert.deepEqual(s.variables.get('x'), { value: 5, lastWriter: 'b', lost: 1, lastLost: true });
  assert.deepEqual(s.printed, ['b: hi']);
  assert.deepEqual(s.errors, [{ thread: 'a', type: 'RuntimeError', message: '', step: null, t: 900 }]);
  assert.equal(s.outcome, 'completed');
});
