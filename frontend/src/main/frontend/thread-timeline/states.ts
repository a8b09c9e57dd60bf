import type { PatternKind } from './painter.js';

/** How each thread state looks: a colour, plus a pattern and a word so colour is never the only cue. */
export interface StateLook {
  fill: string;
  pattern: PatternKind;
  word: string;
  description: string;
}

export const STATE_LOOKS: Record<string, StateLook> = {
  running: { fill: '#2e9d5b', pattern: 'solid', word: 'run', description: 'running (holds a core)' },
  ready: { fill: '#9ad0ad', pattern: 'dots', word: 'ready', description: 'ready, waiting for a core' },
  'waiting-gil': { fill: '#e0a526', pattern: 'stripes', word: 'GIL?', description: 'waiting for the GIL' },
  blocked: { fill: '#d9534f', pattern: 'cross', word: 'blocked', description: 'blocked on a lock, queue or join' },
  waiting: { fill: '#8e6cc9', pattern: 'dots', word: 'wait', description: 'waiting on a Condition or Event' },
  sleeping: { fill: '#5b8fd6', pattern: 'hlines', word: 'sleep', description: 'sleeping (time.sleep)' },
  io: { fill: '#2bb3b1', pattern: 'vlines', word: 'I/O', description: 'blocking I/O, GIL released' },
  new: { fill: 'transparent', pattern: 'none', word: '', description: 'not started' },
  terminated: { fill: '#7d7d7d', pattern: 'none', word: '', description: 'terminated' },
};

export const LEGEND_ORDER = ['running', 'ready', 'waiting-gil', 'blocked', 'waiting', 'sleeping', 'io'];

export function lookOf(state: string): StateLook {
  return STATE_LOOKS[state] ?? { fill: '#999', pattern: 'solid', word: state, description: state };
}

/** A stable colour per thread, for the GIL band's holder. */
export function threadHue(thread: string): string {
  let h = 0;
  for (let i = 0; i < thread.length; i++) h = (h * 31 + thread.charCodeAt(i)) >>> 0;
  return `hsl(${h % 360}, 55%, 55%)`;
}

/** 1234 µs → "1.23 ms", 2_500_000 µs → "2.5 s". */
export function formatTime(us: number): string {
  const ms = us / 1000;
  if (Math.abs(ms) >= 1000) return `${+(ms / 1000).toFixed(ms >= 100_000 ? 0 : 2)} s`;
  if (Math.abs(ms) >= 1) return `${+ms.toFixed(2)} ms`;
  return `${Math.round(us)} µs`;
}
