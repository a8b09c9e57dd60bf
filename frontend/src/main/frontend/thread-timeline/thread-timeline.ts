import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { CanvasPainter, SvgPainter } from './painter.js';
import { AXIS_H, drawAxisStrip, drawTimeline, heightOf, LABEL_W, layoutRows, type Row, type Theme, type View } from './draw.js';
import { EventPager } from './event-pager.js';
import { EventFeed, fetchWindow, getJson, parse } from './feed.js';
import { codePanel, deadlockPanel, errorsPanel, objectPanels, printedPanel, summaryPanel } from './panels.js';
import { fetchCodeLines, type CodeLine } from './python-lines.js';
import { RunRecording } from './recording.js';
import { RunState } from './state.js';
import { formatTime, LEGEND_ORDER, lookOf } from './states.js';
import { timelineStyles } from './styles.js';
import { lumoTheme, swatch } from './theme.js';
import type { LabEvent, RunSummary, Scenario } from './types.js';
import { Viewport } from './viewport.js';

/** Runs with more events than this are drawn from the level-of-detail endpoint, not streamed whole. */
const STREAM_LIMIT = 200_000;
/** At speed 1× a whole run plays in this many seconds. */
const PLAY_SECONDS = 8;
const SPEEDS = [0.25, 0.5, 1, 2, 4, 10];
/**
 * A classroom's speeds, in virtual time per real time (ROOMS.md): slow motion for lessons of a few milliseconds,
 * up to 10,000× for runs of hours.
 */
export const ROOM_SPEEDS = [0.0001, 0.001, 0.01, 0.1, 0.25, 0.5, 1, 2, 5, 10, 100, 1000, 10000];

/** What a controlled timeline asks its controller to do (a room: the teacher's commands). */
export type TimelineRequest =
  | { kind: 'play' } | { kind: 'pause' }
  | { kind: 'seek'; positionUs: number }
  | { kind: 'step'; delta: number; fromSeq: number }
  | { kind: 'speed'; speed: number };

/** `0.001` → "1/1,000×", `10000` → "10,000×". */
export function speedLabel(speed: number): string {
  if (speed < 0.25 && speed > 0) return `1/${Math.round(1 / speed).toLocaleString('en')}×`;
  return `${speed.toLocaleString('en')}×`;
}
/** Taller than this, the timeline repeats its time axis in the header that stays in view. */
const TALL_PX = 480;
/** Controls that handle their own keys (the timeline's shortcuts leave them alone). */
const INTERACTIVE = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'A', 'OPTION']);

/**
 * `<thread-timeline>`: the animated playback of one run (DESIGN.md §1). It streams the run's events
 * straight from the backend's WebSocket (no server round trips per frame), draws per-thread swim
 * lanes and GIL bands on a canvas, and shows every primitive's state at the playback position.
 *
 * Properties set by the Java wrapper: `scenarioJson`, `summaryJson` (the `POST /api/runs` answer, or empty
 * for a run still being computed: it is then streamed as it is made and `run-computed` announces its summary),
 * then `runId`. The position is mirrored on the host as `data-seq`, `data-position-us`,
 * `data-playing`, `data-at-end`, `data-loaded`, and announced by `position-changed` and
 * `playback-ended` events.
 */
export class ThreadTimeline extends LitElement {
  static styles = timelineStyles;
  /** For the classroom's script ({@code RoomLink}), which reads them from the element's class. */
  static ROOM_SPEEDS = ROOM_SPEEDS;
  static properties = {
    runId: { type: String, attribute: 'run-id' },
    summaryJson: { type: String, attribute: false },
    scenarioJson: { type: String, attribute: false },
    autoplay: { type: Boolean },
    marksJson: { type: String, attribute: false },
    controlled: { type: Boolean },
    eventsShown: { type: Number, attribute: false },
    candidatesJson: { type: String, attribute: false },
  };

  declare runId: string;
  declare summaryJson: string;
  declare scenarioJson: string;
  declare autoplay: boolean;
  /** JSON `[{atUs, thread}]`: the preemptions of an explored witness, drawn on the lanes they cut. */
  declare marksJson: string;
  /**
   * Controlled (a classroom): the timeline's own controls, keys, clicks and scrubbing do not move it; each asks its
   * controller with a `timeline-request` event ({@link TimelineRequest}), and the controller moves it with the public
   * methods. `showControlled` tells it whether the room plays and at what speed.
   */
  declare controlled: boolean;
  /**
   * The run so far ("you are the scheduler"): only its first `eventsShown` events are taken, the playback stands
   * after the last of them and the run's end (its summary) is not shown; −1: the whole run.
   */
  declare eventsShown: number;
  /** JSON `[{thread, label}]`: the threads that could go next, marked on their lanes at the position. */
  declare candidatesJson: string;
  private controlledPlaying = false;
  private marks: { t: number; thread: string }[] = [];

  private rec: RunRecording = new RunRecording(null);
  private summary: RunSummary | null = null;
  private scenario: Scenario | null = null;
  /** The scenario's Python view and each step's line by path: built once per scenario, not once per frame. */
  private code: CodeLine[] = [];
  private codeByPath = new Map<string, string>();
  private feed: EventFeed | null = null;
  /** Big runs: events past the loaded prefix, for clicks and steps anywhere in the run. */
  private pager: EventPager | null = null;
  /** False while the seq at a position past the prefix is being looked up. */
  private seqKnown = true;
  private seqTimer = 0;
  private pendingSeq: number | null = null;
  private readonly view = new Viewport();
  private cursor = 0;
  private seq = -1;
  private state = new RunState();
  private playing = false;
  private speed = 1;
  private loaded = false;
  private lod = false;
  private stateTimer = 0;
  private stateWanted = -1;
  private status = '';
  private failed = false;
  private endAnnounced = false;
  private requestedAt = 0;
  private firstFrameMs = -1;
  private width = 900;
  private rows: Row[] = [];
  private dirty = true;
  private lastTick = 0;
  private raf = 0;
  private lodTimer = 0;
  private resize: ResizeObserver | null = null;
  private themeCache: Theme | null = null;
  private readonly themeWatch = new MutationObserver(() => { this.themeCache = null; this.dirty = true; });

  constructor() {
    super();
    this.runId = '';
    this.summaryJson = '';
    this.scenarioJson = '';
    this.autoplay = true;
    this.marksJson = '[]';
    this.controlled = false;
    this.eventsShown = -1;
    this.candidatesJson = '[]';
  }

  connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0; // attributes may not be set in the constructor
    this.themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'class'] });
    this.addEventListener('keydown', this.onKey);
    this.raf = requestAnimationFrame(this.tick);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKey);
    cancelAnimationFrame(this.raf);
    this.themeWatch.disconnect();
    this.feed?.close();
    this.resize?.disconnect();
  }

  firstUpdated(): void {
    const wrap = this.renderRoot.querySelector('.canvas-wrap') as HTMLElement;
    this.resize = new ResizeObserver(() => { this.width = Math.max(400, wrap.clientWidth); this.dirty = true; });
    this.resize.observe(wrap);
    this.width = Math.max(400, wrap.clientWidth);
    const canvas = this.canvas();
    this.view.attach(canvas, LABEL_W, () => this.width, {
      changed: () => { this.dirty = true; this.scheduleLod(); },
      clicked: t => this.ask({ kind: 'seek', positionUs: t }, () => this.seekTime(t)),
    });
  }

  willUpdate(changed: PropertyValues): void {
    if (changed.has('scenarioJson')) {
      this.scenario = parse<Scenario>(this.scenarioJson);
      this.code = [];
      this.codeByPath = new Map();
      const asked = this.scenarioJson;
      fetchCodeLines(asked).then(lines => {
        if (this.scenarioJson === asked) this.showCode(lines);
      }, () => undefined);
    }
  }

  /** The scenario's Python view, once the server has written it. */
  private showCode(lines: CodeLine[]): void {
    this.code = lines;
    this.codeByPath = new Map(lines.flatMap(l => (l.path ? [[l.path, l.text] as [string, string]] : [])));
    this.dirty = true;
    this.requestUpdate();
  }

  updated(changed: PropertyValues): void {
    if (changed.has('summaryJson')) this.summary = parse<RunSummary>(this.summaryJson);
    if (changed.has('marksJson')) {
      const given = parse<{ atUs: number; thread: string }[]>(this.marksJson) ?? [];
      this.marks = given.map(m => ({ t: m.atUs, thread: m.thread }));
      this.rec.preemptionMarks = this.marks;
      this.dataset.preemptionMarks = String(this.marks.length);
      this.dirty = true;
    }
    if (changed.has('candidatesJson')) {
      this.rec.candidates = parse<{ thread: string; label: string }[]>(this.candidatesJson) ?? [];
      this.dataset.candidates = String(this.rec.candidates.length);
      this.dirty = true;
    }
    if ((changed.has('runId') || changed.has('eventsShown')) && this.runId) this.load();
  }

  // ---- public API (also used by the classroom feature and the browser tests) ----
  play(): void {
    if (this.atEnd()) this.seekSeq(-1);
    this.playing = true;
    this.lastTick = performance.now();
    this.mirror();
    this.requestUpdate();
  }

  pause(): void {
    this.halt();
    if (!this.seqKnown) this.findSeqSoon();
    this.announce();
  }

  togglePlay(): void { if (this.playing) this.pause(); else this.play(); }

  stepForward(): void { this.step(+1); }

  stepBack(): void { this.step(-1); }

  toStart(): void { this.halt(); this.seekSeq(-1); this.announce(); }

  toEnd(): void { this.halt(); this.seekTime(this.duration()); this.announce(); }

  /** Moves to just after event `seq` (−1: before the first event). */
  seekSeq(seq: number): void {
    if (this.pager && seq >= this.rec.count) {
      void this.seekPagedSeq(seq);
      return;
    }
    const max = this.rec.count - 1;
    this.seq = Math.max(-1, Math.min(seq, max));
    this.seqKnown = true;
    this.cursor = this.seq >= 0 ? this.rec.events[this.seq].t : 0;
    if (this.seq === max && this.loaded && !this.lod) this.cursor = this.duration();
    this.refreshState();
  }

  /** Moves to virtual time `us` (µs), i.e. after every event at or before it. */
  seekTime(us: number): void {
    this.cursor = Math.max(0, Math.min(us, this.duration()));
    const prefixEnd = this.rec.count > 0 ? this.rec.events[this.rec.count - 1].t : 0;
    if (this.pager && this.cursor >= this.duration()) {
      this.seq = this.eventTotal() - 1;
      this.seqKnown = true;
    } else if (this.pager && this.cursor > prefixEnd) {
      this.seqKnown = false;
      this.findSeqSoon();
    } else {
      this.seq = this.rec.seqAtTime(this.cursor);
      this.seqKnown = true;
    }
    this.refreshState();
  }

  setSpeed(speed: number): void { this.speed = speed; this.mirror(); this.requestUpdate(); }

  /** A controlled timeline shows its controller's state: whether it plays, and its speed (virtual per real time). */
  showControlled(playing: boolean, speed: number): void {
    this.controlledPlaying = playing;
    this.speed = speed;
    this.mirror();
    this.requestUpdate();
  }

  /** Runs `local`, or, when controlled, asks the controller instead. */
  private ask(request: TimelineRequest, local: () => void): void {
    if (!this.controlled) {
      local();
      return;
    }
    this.dispatchEvent(new CustomEvent('timeline-request', { bubbles: true, composed: true, detail: request }));
  }

  private userToggle(): void {
    const playing = this.controlled ? this.controlledPlaying : this.playing;
    this.ask({ kind: playing ? 'pause' : 'play' }, () => this.togglePlay());
  }

  private userStep(delta: 1 | -1): void {
    this.ask({ kind: 'step', delta, fromSeq: this.seq }, () => (delta > 0 ? this.stepForward() : this.stepBack()));
  }

  private userSeek(us: number, local: () => void): void {
    this.ask({ kind: 'seek', positionUs: Math.max(0, Math.round(us)) }, local);
  }

  private userSpeed(speed: number): void {
    this.ask({ kind: 'speed', speed }, () => this.setSpeed(speed));
  }

  private speeds(): number[] {
    return this.controlled ? ROOM_SPEEDS : SPEEDS;
  }

  /** The next speed of the list up (+1) or down (−1) from the current one, which may be between two of them. */
  private nextSpeed(direction: 1 | -1): number {
    const speeds = this.speeds();
    if (direction > 0) return speeds.find(s => s > this.speed) ?? speeds[speeds.length - 1];
    return [...speeds].reverse().find(s => s < this.speed) ?? speeds[0];
  }

  get positionUs(): number { return this.cursor; }

  get currentSeq(): number { return this.seq; }

  exportPng(): void {
    download(this.canvas().toDataURL('image/png'), 'timeline.png');
  }

  exportSvg(): void {
    const svg = new SvgPainter(this.width, heightOf(this.rows), this.theme().background);
    drawTimeline(svg, this.rec, this.rows, this.currentView(), this.state, this.theme(), p => this.stepText(p));
    const url = URL.createObjectURL(new Blob([svg.toString()], { type: 'image/svg+xml' }));
    download(url, 'timeline.svg');
    setTimeout(() => URL.revokeObjectURL(url), 5000);
  }

  // ---- loading ----
  private load(): void {
    this.feed?.close();
    this.requestedAt = performance.now();
    this.firstFrameMs = -1;
    this.rec = new RunRecording(this.scenario);
    this.rec.preemptionMarks = this.marks;
    this.rec.candidates = parse<{ thread: string; label: string }[]>(this.candidatesJson) ?? [];
    this.loaded = false;
    this.failed = false;
    this.endAnnounced = false;
    this.cursor = 0;
    this.seq = -1;
    this.state = new RunState();
    this.view.reset(this.duration());
    this.playing = false;
    this.lod = (this.summary?.eventCount ?? 0) > STREAM_LIMIT;
    this.pager = this.lod ? new EventPager(this.runId, this.summary?.eventCount ?? 0) : null;
    this.seqKnown = true;
    this.status = this.lod ? 'Big run: drawing it at the level of detail the screen can show…'
      : this.summary ? 'Receiving events…' : 'Computing the run: showing its events as they are made…';
    if (this.lod) {
      void this.loadLod();
    } else {
      this.feed = new EventFeed(this.runId, {
        events: batch => this.onEvents(batch),
        computed: summary => this.onComputed(summary),
        end: summary => this.onEnd(summary),
        failed: message => { this.failed = true; this.status = `The run could not be streamed: ${message}`; this.requestUpdate(); },
      }, () => this.rec.count);
      this.feed.open();
    }
    if (this.autoplay) this.play();
    this.dirty = true;
    this.requestUpdate();
  }

  /**
   * A run streamed while it was computed is done: its summary comes before the rest of its events. The page is told
   * (`run-computed`); a big run stops streaming here and is drawn from the level-of-detail endpoint, keeping the
   * events it already drew.
   */
  private onComputed(summary: RunSummary): void {
    this.learnSummary(summary);
    if (summary.eventCount > STREAM_LIMIT) {
      this.feed?.close();
      this.feed = null;
      this.lod = true;
      this.pager = new EventPager(this.runId, summary.eventCount);
      this.status = 'Big run: drawing it at the level of detail the screen can show…';
      this.view.reset(this.duration());
      void this.loadLod();
    }
    this.dirty = true;
    this.mirror();
    this.requestUpdate();
  }

  /**
   * Big runs: the first events page (fast: it is kept in memory) and the level-of-detail overview
   * are fetched at once. The page draws the first frame for the start of the run at full detail;
   * the overview then replaces the lanes for the whole run. Events already streamed are kept.
   */
  private async loadLod(): Promise<void> {
    const runId = this.runId;
    const [from, to] = [0, this.duration()];
    const events = this.rec.count > 0 ? Promise.resolve() : getJson(`/api/runs/${encodeURIComponent(runId)}/events?from=0&limit=5000`).then(page => {
      if (runId !== this.runId) return;
      this.rec.ingest(page.events as LabEvent[]);
      this.refreshState();
    });
    const overview = fetchWindow(runId, from, to, this.width - LABEL_W).then(w => {
      if (runId !== this.runId) return;
      this.rec.useWindow(w);
      this.dataset.windowToUs = String(w.toUs);
      this.dirty = true;
    });
    try {
      await Promise.all([events, overview]);
      this.loaded = true;
      this.status = `Showing a level-of-detail view of ${this.summary?.eventCount ?? '?'} events; zoom in for detail.`;
    } catch (e) {
      this.failed = true;
      this.status = `The timeline could not be loaded: ${e}`;
    }
    this.refreshState();
  }

  private scheduleLod(): void {
    if (!this.lod) return;
    clearTimeout(this.lodTimer);
    this.lodTimer = window.setTimeout(async () => {
      const { from, to } = this.view;
      try {
        const w = await fetchWindow(this.runId, from, to, this.width - LABEL_W);
        this.rec.useWindow(w);
        this.dataset.windowToUs = String(w.toUs);
        this.dirty = true;
      } catch { /* the previous window stays drawn */ }
    }, 120);
  }

  private onEvents(batch: LabEvent[]): void {
    if (this.eventsShown >= 0) {
      this.rec.ingest(batch.filter(e => e.seq < this.eventsShown));
      this.view.follow(this.rec.endT);
      this.seekSeq(this.rec.count - 1);
      this.dirty = true;
      return;
    }
    this.rec.ingest(batch);
    if (!this.summary) this.view.follow(this.rec.endT);
    this.dirty = true;
    if (!this.playing) this.refreshState();
  }

  /**
   * The summary of the run shown; a run shown while it was still being computed announces it (`run-computed`), whether
   * it came with `computed` (the stream followed the computation) or only with the end (the run was done before).
   */
  private learnSummary(summary: RunSummary): void {
    const announce = !this.summary;
    this.summary = { ...summary, runId: this.runId };
    if (announce) {
      this.dispatchEvent(new CustomEvent('run-computed', { bubbles: true, composed: true,
        detail: { summaryJson: JSON.stringify(this.summary) } }));
    }
  }

  private onEnd(summary: RunSummary | null): void {
    if (summary && this.eventsShown < 0) this.learnSummary(summary);
    this.loaded = true;
    this.status = '';
    this.view.follow(this.duration());
    this.dirty = true;
    this.refreshState();
  }

  // ---- playback ----
  private duration(): number {
    return Math.max(this.rec.endT, (this.summary?.elapsedMs ?? 0) * 1000, 1);
  }

  private atEnd(): boolean {
    return this.loaded && this.cursor >= this.duration() && (this.lod || this.seq >= this.rec.count - 1);
  }

  private readonly tick = (now: number) => {
    this.raf = requestAnimationFrame(this.tick);
    if (this.playing) {
      const dt = Math.min(100, now - this.lastTick);
      this.lastTick = now;
      const limit = this.loaded ? this.duration() : this.rec.endT;
      const next = Math.min(limit, this.cursor + (this.duration() / (PLAY_SECONDS * 1000)) * this.speed * dt);
      if (next !== this.cursor || this.loaded) this.seekTime(next);
      if (this.atEnd()) this.pause();
    }
    if (this.dirty) this.draw();
  };

  private eventTotal(): number {
    return Math.max(this.rec.count, this.summary?.eventCount ?? 0);
  }

  /** One event forward (+1) or back (−1); past a big run's loaded prefix the events come from the pager. */
  private step(direction: 1 | -1): void {
    this.halt();
    if (this.pager && (!this.seqKnown || this.seq + direction >= this.rec.count)) {
      void this.stepPaged(direction);
      return;
    }
    this.seekSeq(this.seq + direction);
    this.announce();
  }

  private async stepPaged(direction: 1 | -1): Promise<void> {
    const pager = this.pager!;
    const from = this.seqKnown ? this.seq : await pager.seqAtTime(this.cursor);
    if (pager !== this.pager) return;
    await this.seekPagedSeq(from + direction);
    this.announce();
  }

  private async seekPagedSeq(seq: number): Promise<void> {
    const pager = this.pager!;
    if (seq < this.rec.count) {
      this.seekSeq(seq);
      return;
    }
    const target = Math.min(seq, this.eventTotal() - 1);
    if (this.pendingSeq === target) return; // a room asks again every frame until it is there
    this.pendingSeq = target;
    const event = await pager.event(target).finally(() => { if (this.pendingSeq === target) this.pendingSeq = null; });
    if (pager !== this.pager || !event) return;
    this.seq = event.seq;
    this.seqKnown = true;
    this.cursor = event.t;
    this.refreshState();
  }

  /** After a click or a pause past the loaded prefix: look up which event the position is at. */
  private findSeqSoon(): void {
    clearTimeout(this.seqTimer);
    if (this.playing || !this.pager) return;
    const pager = this.pager;
    this.seqTimer = window.setTimeout(async () => {
      const at = this.cursor;
      try {
        const seq = await pager.seqAtTime(at);
        if (pager !== this.pager || this.cursor !== at || this.playing) return;
        this.seq = seq;
        this.seqKnown = true;
        this.refreshState();
      } catch { /* the position stays; its event number stays unknown */ }
    }, 100);
  }

  private refreshState(): void {
    const loadedUntil = this.rec.count > 0 ? this.rec.events[this.rec.count - 1].t : 0;
    if (this.lod && (this.seq >= this.rec.count || this.cursor > loadedUntil)) {
      // past the events a big run's page holds: the server answers the state at this instant
      this.fetchState(this.cursor);
    } else {
      const stateSeq = Math.min(this.seq, this.rec.count - 1);
      if (this.state.seq !== stateSeq) {
        this.state = stateSeq > this.state.seq && stateSeq - this.state.seq < 2000
          ? this.advance(this.state, stateSeq) : this.rec.stateAt(stateSeq);
      }
      this.stateWanted = -1;
      this.dataset.stateFrom = 'events';
    }
    if (this.cursor > this.view.to || this.cursor < this.view.from) this.view.reveal(this.cursor);
    this.dirty = true;
    this.mirror();
    this.requestUpdate();
    if (this.atEnd() && !this.endAnnounced) {
      this.endAnnounced = true;
      this.dispatchEvent(new CustomEvent('playback-ended', { bubbles: true, composed: true,
        detail: { seq: this.seq, positionUs: this.cursor } }));
    }
  }

  /** `GET /api/runs/{id}/state?at=`, for the position the playback settles on (asked once per position). */
  private fetchState(at: number): void {
    const runId = this.runId;
    const us = Math.max(0, Math.round(at));
    if (us === this.stateWanted) return;   // asked already: the panels redraw often, the answer comes once
    this.stateWanted = us;
    this.dataset.stateFrom = 'asking';
    clearTimeout(this.stateTimer);
    this.stateTimer = window.setTimeout(async () => {
      try {
        const answer = await getJson(`/api/runs/${encodeURIComponent(runId)}/state?at=${us}`);
        if (runId !== this.runId || this.stateWanted !== us) return;   // the position moved on
        this.state = RunState.fromServer(answer);
        this.dataset.stateFrom = 'server';
        this.dataset.stateAtUs = String(us);
        this.requestUpdate();
      } catch (e) {
        this.dataset.stateFrom = `failed: ${e}`;
      }
    }, 150);
  }

  private advance(state: RunState, seq: number): RunState {
    for (let i = state.seq + 1; i <= seq; i++) state.apply(this.rec.events[i]);
    return state;
  }

  private mirror(): void {
    this.dataset.seq = String(this.seq);
    this.dataset.seqKnown = String(this.seqKnown);
    this.dataset.positionUs = String(Math.round(this.cursor));
    this.dataset.durationUs = String(Math.round(this.duration()));
    this.dataset.speed = String(this.speed);
    this.dataset.playing = String(this.playing);
    this.dataset.controlled = String(this.controlled);
    this.dataset.eventsShown = String(this.eventsShown);
    this.dataset.atEnd = String(this.atEnd());
    this.dataset.loaded = String(this.loaded);
    this.dataset.eventCount = String(this.rec.count);
    this.dataset.mode = this.lod ? 'lod' : 'events';
    if (this.summary) this.dataset.outcome = this.summary.outcome;
  }

  /** Stops playing without announcing it: a move that follows announces the position it reaches. */
  private halt(): void {
    this.playing = false;
    this.mirror();
    this.requestUpdate();
  }

  private announce(): void {
    this.dispatchEvent(new CustomEvent('position-changed', { bubbles: true, composed: true,
      detail: { seq: this.seq, positionUs: this.cursor, playing: this.playing } }));
  }

  // ---- drawing ----
  private canvas(): HTMLCanvasElement {
    return this.renderRoot.querySelector('.canvas-wrap canvas') as HTMLCanvasElement;
  }

  private currentView(): View {
    return { from: this.view.from, to: this.view.to, cursor: this.cursor, width: this.width };
  }

  /** Lumo's colours, resolved to values a canvas understands (Lumo may use color-mix or light-dark). */
  private theme(): Theme {
    this.themeCache ??= lumoTheme(this.renderRoot);
    return this.themeCache;
  }

  private stepText(path: string | null): string {
    return (path && this.codeByPath.get(path)) || '';
  }

  private draw(): void {
    const canvas = this.canvas();
    if (!canvas) return;
    this.dirty = false;
    const wrap = canvas.parentElement as HTMLElement;
    if (wrap.clientWidth > 0) this.width = Math.max(400, wrap.clientWidth);
    this.rows = layoutRows(this.rec, this.scenario?.runtime?.model !== 'free-threaded' || this.rec.gil.size > 0);
    const height = heightOf(this.rows);
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(this.width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(this.width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${this.width}px`;
      canvas.style.height = `${height}px`;
    }
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const theme = this.theme();
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, this.width, height);
    drawTimeline(new CanvasPainter(ctx), this.rec, this.rows, this.currentView(), this.state, theme,
      p => this.stepText(p));
    this.drawAxisStrip(height > TALL_PX, ratio, theme);
    this.dataset.viewFromUs = String(Math.round(this.view.from));
    this.dataset.viewToUs = String(Math.round(this.view.to));
    if (this.firstFrameMs < 0 && this.rows.some(r => r.kind === 'lane')) {
      this.firstFrameMs = performance.now() - this.requestedAt;
      this.dataset.firstFrameMs = this.firstFrameMs.toFixed(0);
      this.dataset.firstFrameAt = performance.now().toFixed(0);   // the page's clock: a test times it from Run
    }
  }

  /** The axis in the sticky header: drawn only when the timeline is taller than a screenful. */
  private drawAxisStrip(shown: boolean, ratio: number, theme: Theme): void {
    const strip = this.renderRoot.querySelector('#axis-strip') as HTMLCanvasElement | null;
    if (!strip) return;
    strip.hidden = !shown;
    if (!shown) return;
    if (strip.width !== Math.round(this.width * ratio) || strip.height !== Math.round(AXIS_H * ratio)) {
      strip.width = Math.round(this.width * ratio);
      strip.height = Math.round(AXIS_H * ratio);
      strip.style.width = `${this.width}px`;
      strip.style.height = `${AXIS_H}px`;
    }
    const ctx = strip.getContext('2d')!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, this.width, AXIS_H);
    drawAxisStrip(new CanvasPainter(ctx), this.currentView(), theme);
  }

  // ---- input ----
  private readonly onKey = (e: KeyboardEvent) => {
    // Keys typed into a control are the control's: Space and Enter press a toolbar button, arrows move the scrubber.
    const origin = e.composedPath()[0] as HTMLElement;
    if (origin && (INTERACTIVE.has(origin.tagName) || origin.isContentEditable)) return;
    const pan = (this.view.to - this.view.from) / 5;
    const handled = (() => {
      switch (e.key) {
        case ' ': case 'k': this.userToggle(); return true;
        case 'ArrowRight': if (e.shiftKey) this.view.pan(pan); else this.userStep(+1); return true;
        case 'ArrowLeft': if (e.shiftKey) this.view.pan(-pan); else this.userStep(-1); return true;
        case '+': case '=': this.view.zoom(0.5, this.cursor); return true;
        case '-': case '_': this.view.zoom(2, this.cursor); return true;
        case '0': this.view.reset(this.duration()); return true;
        case 'Home': this.userSeek(0, () => this.toStart()); return true;
        case 'End': this.userSeek(this.duration(), () => this.toEnd()); return true;
        case '[': this.userSpeed(this.nextSpeed(-1)); return true;
        case ']': this.userSpeed(this.nextSpeed(+1)); return true;
        default: return false;
      }
    })();
    if (handled) {
      e.preventDefault();
      this.dirty = true;
      this.scheduleLod();
    }
  };

  private onScrub(e: Event): void {
    const us = (Number((e.target as HTMLInputElement).value) / 1000) * this.duration();
    this.userSeek(us, () => {
      this.halt();
      this.seekTime(us);
      this.announce();
    });
  }

  render() {
    const cores = this.scenario?.runtime?.cores ?? 4;
    const position = this.duration() > 0 ? Math.round((this.cursor / this.duration()) * 1000) : 0;
    const playing = this.controlled ? this.controlledPlaying : this.playing;
    return html`
      <div class="sticky-head">
      <div class="toolbar" role="toolbar" aria-label="Playback">
        <button id="play" class="primary" @click=${() => this.userToggle()} title="Play / pause (Space)"
          aria-label=${playing ? 'Pause' : 'Play'}>${playing ? '❚❚ Pause' : '▶ Play'}</button>
        <button id="to-start" @click=${() => this.userSeek(0, () => this.toStart())} title="To the start (Home)"
          aria-label="To the start">|◀</button>
        <button id="step-back" @click=${() => this.userStep(-1)} title="One event back (←)" aria-label="Back 1 event">◀ 1</button>
        <button id="step-forward" @click=${() => this.userStep(+1)} title="One event forward (→)"
          aria-label="Forward 1 event">1 ▶</button>
        <button id="to-end" @click=${() => this.userSeek(this.duration(), () => this.toEnd())} title="To the end (End)"
          aria-label="To the end">▶|</button>
        <select id="speed" aria-label=${this.controlled ? 'Speed, virtual time per real time ([ and ])' : 'Speed ([ and ])'}
          .value=${live(String(this.speed))} @change=${(e: Event) =>
          this.userSpeed(Number((e.target as HTMLSelectElement).value))}>
          ${this.speeds().map(s => html`<option value=${String(s)} ?selected=${s === this.speed}>${speedLabel(s)}</option>`)}
        </select>
        <input id="scrub" type="range" min="0" max="1000" .value=${String(position)} aria-label="Playback position"
          @input=${(e: Event) => this.onScrub(e)}>
        <span class="clock" id="clock">${formatTime(this.cursor)} / ${formatTime(this.duration())} · event
          ${this.seqKnown ? this.seq + 1 : '…'} of ${this.summary?.eventCount ?? this.rec.count}</span>
        <button id="zoom-in" @click=${() => this.view.zoom(0.5, this.cursor)} title="Zoom in (+)" aria-label="Zoom in">+</button>
        <button id="zoom-out" @click=${() => this.view.zoom(2, this.cursor)} title="Zoom out (−)" aria-label="Zoom out">−</button>
        <button id="zoom-fit" @click=${() => this.view.reset(this.duration())} title="Whole run (0)"
          aria-label="Fit the whole run">Fit</button>
        <button id="export-png" @click=${() => this.exportPng()} title="Download the timeline as a PNG image"
          aria-label="Export as PNG">PNG</button>
        <button id="export-svg" @click=${() => this.exportSvg()} title="Download the timeline as an SVG drawing"
          aria-label="Export as SVG">SVG</button>
      </div>
      <canvas id="axis-strip" aria-hidden="true" hidden></canvas>
      </div>
      <div class="legend" aria-label="Legend">${LEGEND_ORDER.map(s => {
        const look = lookOf(s);
        return html`<span><span class="swatch" style=${swatch(look.fill, look.pattern)}></span>${look.word} — ${look.description}</span>`;
      })}<span>▼ drop request</span>${this.marks.length
        ? html`<span id="legend-preempted">┃ preempted — where the explored schedule switches a thread out</span>` : nothing}</div>
      <div class="canvas-wrap"><canvas aria-label="Thread timeline" role="img"></canvas></div>
      <div class="status ${this.failed ? 'failed' : ''}" id="status" role="status">${this.status}</div>
      <div class="keys">Keys: Space play/pause · ← → one event · Shift+← → pan · + − zoom · 0 fit · Home/End · [ ] speed.
        Drag to pan, Ctrl+wheel to zoom, Shift+wheel to pan, click to jump.</div>
      <div class="panels">
        ${deadlockPanel(this.state.deadlock)}
        ${this.atEnd() || this.state.outcome ? summaryPanel(this.summary, cores) : nothing}
        ${errorsPanel(this.state)}
        ${objectPanels(this.scenario, this.state)}
        ${codePanel(this.code, this.state)}
        ${printedPanel(this.state)}
      </div>`;
  }
}

/** A colour string the canvas accepts: drawn once into a 1×1 canvas and read back as rgba(). */
function download(href: string, name: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

customElements.define('thread-timeline', ThreadTimeline);
