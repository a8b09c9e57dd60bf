import type { Painter } from './painter.js';
import type { GilSpan, Lane, RunRecording, Span } from './recording.js';
import type { RunState } from './state.js';
import { formatTime, lookOf, threadHue } from './states.js';

export interface Theme {
  background: string;
  text: string;
  secondary: string;
  grid: string;
  cursor: string;
  error: string;
}

export interface View {
  from: number;
  to: number;
  cursor: number;
  width: number;
}

export interface Row {
  kind: 'gil' | 'lane';
  process: string;
  lane?: Lane;
  y: number;
  h: number;
}

export const LABEL_W = 170;
export const AXIS_H = 22;
const LANE_H = 30;
const GIL_H = 18;

/** The rows drawn, top to bottom: per process its GIL band, then its threads. */
export function layoutRows(rec: RunRecording, showGil: boolean): Row[] {
  const rows: Row[] = [];
  let y = AXIS_H;
  for (const process of rec.processes()) {
    const lanes = rec.lanes.filter(l => l.process === process && l.spans.length > 0);
    if (lanes.length === 0 && !rec.gil.has(process)) continue;
    if (showGil) {
      rows.push({ kind: 'gil', process, y, h: GIL_H });
      y += GIL_H + 2;
    }
    for (const lane of lanes) {
      rows.push({ kind: 'lane', process, lane, y, h: LANE_H });
      y += LANE_H + 2;
    }
  }
  return rows;
}

export function heightOf(rows: Row[]): number {
  const last = rows[rows.length - 1];
  return last ? last.y + last.h + 8 : AXIS_H + 40;
}

/** Paints the whole timeline: axis, GIL bands, lanes, markers and the playback cursor. */
export function drawTimeline(p: Painter, rec: RunRecording, rows: Row[], view: View, state: RunState,
                             theme: Theme, stepText: (path: string | null) => string): void {
  const plotW = view.width - LABEL_W;
  const x = (t: number) => LABEL_W + ((t - view.from) / Math.max(1, view.to - view.from)) * plotW;
  drawAxis(p, view, rows, theme, x);
  for (const row of rows) {
    if (row.kind === 'gil') {
      drawGilRow(p, rec, row, view, theme, x, state);
    } else {
      drawLane(p, row, view, theme, x, state, stepText);
    }
  }
  for (const mark of rec.errorMarks) {
    const row = rows.find(r => r.lane?.thread === mark.thread);
    if (!row || mark.t > view.cursor) continue;
    const mx = x(mark.t);
    p.polygon([[mx, row.y + 2], [mx + 6, row.y + row.h / 2], [mx, row.y + row.h - 2], [mx - 6, row.y + row.h / 2]],
      theme.error);
    p.text(mx + 9, row.y + row.h / 2, mark.text, theme.error, 11, 'left', true);
  }
  drawPreemptions(p, rec, rows, view, theme, x);
  drawCandidates(p, rec, rows, view, theme, x);
  if (state.deadlock) drawDeadlock(p, rows, state, theme, Math.min(x(rec.endT), view.width - 20));
  const cx = x(view.cursor);
  if (cx >= LABEL_W && cx <= view.width) p.line(cx, AXIS_H - 4, cx, heightOf(rows), theme.cursor, 2);
}

/** The time axis alone, for the header that stays in view above a tall timeline. */
export function drawAxisStrip(p: Painter, view: View, theme: Theme): void {
  const plotW = view.width - LABEL_W;
  const x = (t: number) => LABEL_W + ((t - view.from) / Math.max(1, view.to - view.from)) * plotW;
  drawAxis(p, view, [], theme, x, AXIS_H);
  const cx = x(view.cursor);
  if (cx >= LABEL_W && cx <= view.width) p.line(cx, AXIS_H - 4, cx, AXIS_H, theme.cursor, 2);
}

function drawAxis(p: Painter, view: View, rows: Row[], theme: Theme, x: (t: number) => number,
                  bottom = heightOf(rows)): void {
  const span = Math.max(1, view.to - view.from);
  const raw = span / 8;
  const pow = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map(m => m * pow).find(s => s >= raw) ?? raw;
  for (let t = Math.ceil(view.from / step) * step; t <= view.to; t += step) {
    const tx = x(t);
    p.line(tx, AXIS_H - 4, tx, bottom, theme.grid, 1);
    p.text(tx + 3, AXIS_H / 2, formatTime(t), theme.secondary, 10);
  }
}

function visible<T extends { from: number; to?: number }>(spans: T[], view: View, endT: number,
                                                          each: (s: T, from: number, to: number) => void): void {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) { // first span whose end is after view.from
    const mid = (lo + hi) >> 1;
    if ((spans[mid].to ?? endT) < view.from) lo = mid + 1; else hi = mid;
  }
  for (let i = lo; i < spans.length; i++) {
    const s = spans[i];
    if (s.from > view.to) break;
    each(s, Math.max(s.from, view.from), Math.min(s.to ?? endT, view.to));
  }
}

function drawLane(p: Painter, row: Row, view: View, theme: Theme, x: (t: number) => number, state: RunState,
                  stepText: (path: string | null) => string): void {
  const lane = row.lane!;
  const now = state.threads.get(lane.thread);
  const stateWord = now ? lookOf(now.state).word || now.state : '';
  p.text(8, row.y + 9, fit(lane.thread, LABEL_W - 60, 7), theme.text, 12, 'left', true);
  p.text(8, row.y + 22, now ? fit(stepText(now.step), LABEL_W - 14, 5.6) : '', theme.secondary, 10);
  p.text(LABEL_W - 6, row.y + 9, now && now.state !== 'new' ? stateWord : '', theme.secondary, 10, 'right');
  const endT = Math.max(view.cursor, lane.spans.length ? lane.spans[lane.spans.length - 1].from : 0);
  let lastX = -1;
  visible<Span>(lane.spans, view, endT, (s, from, to) => {
    const x1 = x(from);
    const x2 = x(to);
    if (x2 - x1 < 1 && x1 - lastX < 1) return; // sub-pixel: the previous rect already covers it
    lastX = x2;
    const look = lookOf(s.state);
    const h = s.state === 'terminated' ? 2 : row.h - 6;
    const y = s.state === 'terminated' ? row.y + row.h / 2 - 1 : row.y + 3;
    const pattern = s.state === 'terminated' ? 'solid' : look.pattern;
    const cut = Math.min(x2, Math.max(x1, x(view.cursor)));
    if (cut > x1) p.rect(x1, y, Math.max(1, cut - x1), h, look.fill, pattern, 1);
    if (x2 > cut) p.rect(cut, y, Math.max(1, x2 - cut), h, look.fill, pattern, 0.22);
    const label = s.on && (s.state === 'blocked' || s.state === 'waiting') ? `${look.word} ${s.on}` : look.word;
    if (label && x2 - x1 > label.length * 6.5 + 6 && from < view.cursor) {
      p.text(x1 + 4, row.y + row.h / 2, label, '#ffffff', 10, 'left', true);
    }
  });
}

function drawGilRow(p: Painter, rec: RunRecording, row: Row, view: View, theme: Theme, x: (t: number) => number,
                    state: RunState): void {
  const holder = state.gilHolder.get(row.process);
  p.text(8, row.y + row.h / 2, `GIL ${row.process}`, theme.text, 11, 'left', true);
  p.text(LABEL_W - 6, row.y + row.h / 2, holder ?? 'free', theme.secondary, 10, 'right');
  p.rect(LABEL_W, row.y, view.width - LABEL_W, row.h, theme.grid, 'solid', 0.35);
  const spans = rec.gil.get(row.process) ?? [];
  let lastX = -1;
  visible<GilSpan>(spans, view, Math.max(view.cursor, rec.endT), (s, from, to) => {
    if (!s.holder || from > view.cursor) return;
    const x1 = x(from);
    const x2 = x(Math.min(to, view.cursor));
    if (x2 - x1 < 1 && x1 - lastX < 1) return;
    lastX = x2;
    p.rect(x1, row.y + 2, Math.max(1, x2 - x1), row.h - 4, threadHue(s.holder), 'solid', 1);
    if (x2 - x1 > s.holder.length * 6 + 6) p.text(x1 + 3, row.y + row.h / 2, s.holder, '#ffffff', 9, 'left', true);
  });
  let lastDrop = -10;
  for (const d of rec.dropRequests) {
    if (d.process !== row.process || d.t < view.from || d.t > Math.min(view.to, view.cursor)) continue;
    const dx = x(d.t);
    if (dx - lastDrop < 4) continue;
    lastDrop = dx;
    p.polygon([[dx - 3, row.y], [dx + 3, row.y], [dx, row.y + 5]], theme.error);
  }
}

/** An explored witness's preemptions: a bar across the lane of the thread switched out, labelled. */
function drawPreemptions(p: Painter, rec: RunRecording, rows: Row[], view: View, theme: Theme,
                         x: (t: number) => number): void {
  for (const mark of rec.preemptionMarks) {
    const row = rows.find(r => r.lane?.thread === mark.thread);
    if (!row || mark.t < view.from || mark.t > view.to) continue;
    const mx = x(mark.t);
    p.line(mx, row.y, mx, row.y + row.h, theme.error, 3);
    p.polygon([[mx - 6, row.y], [mx + 6, row.y], [mx, row.y + 7]], theme.error);
    p.text(mx + 5, row.y + row.h - 5, 'preempted', theme.error, 10, 'left', true);
  }
}

/** Scheduler mode: each thread that could go next, marked on its lane at the choice (the cursor), with its answer. */
function drawCandidates(p: Painter, rec: RunRecording, rows: Row[], view: View, theme: Theme,
                        x: (t: number) => number): void {
  const cx = x(view.cursor);
  for (const c of rec.candidates) {
    const row = rows.find(r => r.lane?.thread === c.thread);
    if (!row || cx < LABEL_W || cx > view.width) continue;
    p.polygon([[cx, row.y + 3], [cx + 12, row.y + row.h / 2], [cx, row.y + row.h - 3]], theme.cursor);
    p.text(cx + 16, row.y + row.h / 2, c.label, theme.cursor, 11, 'left', true);
  }
}

function drawDeadlock(p: Painter, rows: Row[], state: RunState, theme: Theme, atX: number): void {
  const rowOf = (thread: string | null) => rows.find(r => r.lane?.thread === thread);
  state.deadlock!.forEach((edge, i) => {
    const from = rowOf(edge.thread);
    const to = rowOf(edge.heldBy);
    if (!from) return;
    const ax = atX - 14 - (i % 3) * 10;
    const y1 = from.y + from.h / 2;
    p.text(ax - 6, y1, `waits for ${edge.waitsFor}${edge.heldBy ? ` held by ${edge.heldBy}` : ''}`, theme.error, 11,
      'right', true);
    if (!to) return;
    const y2 = to.y + to.h / 2;
    p.line(ax, y1, ax, y2, theme.error, 2.5);
    const dir = y2 > y1 ? -1 : 1;
    p.polygon([[ax - 5, y2 + dir * 8], [ax + 5, y2 + dir * 8], [ax, y2]], theme.error);
  });
}

/** Cuts a label to about `width` pixels (≈ `perChar` each), with an ellipsis. */
function fit(s: string, width: number, perChar: number): string {
  const max = Math.floor(width / perChar);
  return s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1))}…`;
}
