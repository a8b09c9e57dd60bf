import { ROOM_SPEEDS, type ThreadTimeline, type TimelineRequest } from '../thread-timeline/thread-timeline.js';
import {
  type Closed, FORGET_TOKEN_CODES, type Playback, RECONNECT_CODES, type RoomCommand, type RoomEvent, type ScenarioJson,
} from './room-protocol.js';
import { StudentView } from './student-view.js';

/** Who the page is: a teacher's page (the presenter's too) drives the room, a student's follows it. */
export type LinkRole = 'teacher' | 'student';

/** A teacher's drag sends at most one Seek per this many ms, and its last position. */
const SEEK_EVERY_MS = 50;
/** A new run shown to the room plays in about this many seconds at the speed the teacher's page picks. */
const FIT_SECONDS = 8;

/**
 * `<room-link>`: the page's own connection to `/ws/rooms/{code}` (ROOMS.md). The socket lives in the browser, not on
 * the server: room events move the page's `<thread-timeline>` and, on a student's page, its whole room view
 * ({@link StudentView}) without any round trip to the server. Only what needs the server is passed on to the Java
 * view as a `room-message` event: on a teacher's page every event but playback (the roster, the dashboard), on a
 * student's page a challenge the editor has not opened yet.
 *
 * The follower keeps the timeline paused and moves it itself: while the room plays, the position at server time t is
 * `positionUs + (t − updatedAt)·1000·speed`, so every client computes the same position from the same message. In
 * `free` mode students are left alone.
 */
export class RoomLink extends HTMLElement {
  private code = '';
  private linkRole: LinkRole = 'student';
  private firstQuery = '';
  private timeline: ThreadTimeline | null = null;
  private student: StudentView | null = null;
  private ws: WebSocket | null = null;
  private playback: Playback | null = null;
  /** Server time minus local time, from the last message that carried the server's time. */
  private offset = 0;
  private closed = true;
  private lastKey = '';
  private loadedRun = '';
  private scenario: ScenarioJson | null = null;
  private fitSpeed = false;
  private seekTimer = 0;
  private seekWanted = 0;
  private seekSentAt = 0;
  private readonly onRequest = (e: Event) => this.request((e as CustomEvent<TimelineRequest>).detail);

  /**
   * Opens the room (called by the Java side once the timeline is in the page).
   * @param query the first connection's query for a teacher (`?teacher=…`), already URL-encoded
   * @param panel a student's page: the room view the link keeps up to date (its name prompt included)
   */
  open(code: string, query: string, timeline: ThreadTimeline, role: LinkRole, panel: HTMLElement | null): void {
    this.close();
    this.code = code;
    this.linkRole = role;
    this.firstQuery = query;
    this.timeline = timeline;
    this.closed = false;
    timeline.addEventListener('timeline-request', this.onRequest);
    requestAnimationFrame(() => this.frame());
    if (role === 'student' && panel) {
      this.student = new StudentView(panel, {
        join: name => this.connect('?name=' + encodeURIComponent(name)),
        send: command => this.send(command),
      });
      const token = this.resumeToken();
      if (token) this.connect('?resume=' + encodeURIComponent(token));
      else this.student.askName();
    } else {
      this.connect(query);
    }
  }

  /** Sends a command (its JSON text, from the Java side) if the socket is open. */
  sendJson(json: string): void {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.send(json);
  }

  send(command: RoomCommand): void {
    this.sendJson(JSON.stringify(command));
  }

  /** A student's verdict line, as the Java side words it (a submission refused before it was sent, or sent). */
  showVerdict(status: string, text: string): void {
    this.student?.verdictLine(status, text);
  }

  /** Leaves the room (the page is left, or the Java view closes it). */
  close(): void {
    this.closed = true;
    this.timeline?.removeEventListener('timeline-request', this.onRequest);
    if (this.ws) this.ws.close(1000, 'page left');
    this.ws = null;
  }

  private get resumeKey(): string {
    return 'room-resume-' + this.code;
  }

  private resumeToken(): string | null {
    return this.linkRole === 'teacher' ? null : sessionStorage.getItem(this.resumeKey);
  }

  private connect(query: string): void {
    if (this.ws) this.ws.close(1000, 'joining again');
    this.closed = false;
    this.firstQuery = query; // a reconnect before the room gave a resume token asks the same
    this.loadedRun = '';
    this.lastKey = '';
    const proto = location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${proto}://${location.host}/ws/rooms/${encodeURIComponent(this.code)}${query}`);
    this.ws = ws;
    ws.onmessage = e => { if (this.ws === ws) this.receive(JSON.parse(String(e.data)) as RoomEvent); };
    ws.onclose = e => { if (this.ws === ws) this.lost(e.code, e.reason); };
  }

  private receive(m: RoomEvent): void {
    switch (m.type) {
      case 'RoomState':
        if (m.you.resumeToken) sessionStorage.setItem(this.resumeKey, m.you.resumeToken);
        this.scenario = m.scenario;
        this.dataset.connected = 'true';
        if (m.playback) {
          this.loadedRun = '';
          this.follow(m.playback, m.serverTime);
        }
        break;
      case 'ScenarioLoaded':
        this.scenario = m.scenario;
        this.fitSpeed = true;
        this.loadedRun = '';
        this.follow(m.playback, m.serverTime);
        break;
      case 'PlaybackChanged':
        this.follow(m.playback, m.serverTime);
        return;
      default:
        break;
    }
    if (this.student) this.student.apply(m, challenge => this.pass({ type: 'ChallengePosed', challenge }));
    else this.pass(m);
  }

  private lost(code: number, reason: string): void {
    this.dataset.connected = 'false';
    if (this.closed) return;
    if (FORGET_TOKEN_CODES.includes(code) && this.linkRole === 'student') sessionStorage.removeItem(this.resumeKey);
    const closed: Closed = { type: 'Closed', code, reason };
    if (this.student) this.student.closed(closed);
    else this.pass(closed);
    if (RECONNECT_CODES.includes(code)) {
      setTimeout(() => {
        if (this.closed) return;
        const token = this.resumeToken();
        this.connect(token ? '?resume=' + encodeURIComponent(token) : this.firstQuery);
      }, 1000);
    } else {
      this.ws = null;
    }
  }

  /** Hands a message to the Java view (a server round trip: only for what needs the server). */
  private pass(m: RoomEvent | Closed): void {
    this.dispatchEvent(new CustomEvent('room-message', { detail: JSON.stringify(m) }));
  }

  private following(): boolean {
    return this.linkRole === 'teacher' || (this.playback !== null && this.playback.mode !== 'free');
  }

  private follow(p: Playback, serverTime: number): void {
    const tl = this.timeline;
    if (!tl) return;
    const wasFree = this.playback?.mode === 'free';
    this.playback = p;
    if (serverTime) this.offset = serverTime - Date.now();
    this.dataset.mode = p.mode;
    this.dataset.playing = String(p.playing);
    this.dataset.runId = p.runId ?? '';
    this.dataset.speed = String(p.speed);
    this.dataset.positionUs = String(p.positionUs);
    tl.controlled = this.following();
    tl.showControlled(p.playing, p.speed);
    if (wasFree && p.mode !== 'free') this.lastKey = '';
    if (p.runId && p.runId !== this.loadedRun) this.load(p.runId);
  }

  /** Shows a run: its summary first (from the API), then the timeline streams its events itself. */
  private load(runId: string): void {
    this.loadedRun = runId;
    const scenario = this.scenario;
    const show = (summary: string) => {
      const tl = this.timeline;
      if (this.loadedRun !== runId || !tl) return;
      if (this.linkRole === 'teacher' && this.fitSpeed && summary) this.fitSpeedTo(summary);
      tl.autoplay = false;
      tl.scenarioJson = scenario ? JSON.stringify(scenario) : '';
      tl.summaryJson = summary;
      tl.runId = runId;
      this.lastKey = '';
    };
    fetch('/api/runs/' + encodeURIComponent(runId)).then(r => (r.ok ? r.text() : '')).then(show, () => show(''));
  }

  /** A new run: a speed at which it plays in about 8 s (a lesson of milliseconds in slow motion). */
  private fitSpeedTo(summary: string): void {
    this.fitSpeed = false;
    const seconds = ((JSON.parse(summary) as { elapsedMs?: number }).elapsedMs ?? 0) / 1000;
    const fit = ROOM_SPEEDS.filter(s => s <= seconds / FIT_SECONDS).pop() ?? ROOM_SPEEDS[0];
    if (this.playback && fit !== this.playback.speed) this.send({ type: 'SetSpeed', speed: fit });
  }

  private frame(): void {
    if (this.closed) return;
    if (!this.isConnected) {
      this.close(); // the view was left: leave the room too
      return;
    }
    requestAnimationFrame(() => this.frame());
    const pb = this.playback;
    const tl = this.timeline;
    if (!pb || !tl || !pb.runId || tl.runId !== pb.runId || !this.following()) return;
    const shown = `${tl.dataset.eventCount}|${tl.dataset.loaded}`;
    if (!pb.playing && pb.seq !== null && pb.seq !== undefined) {
      const key = `s${pb.seq}|${shown}`;
      if (key !== this.lastKey || tl.currentSeq !== pb.seq) {
        tl.pause();
        tl.seekSeq(pb.seq);
        this.lastKey = key;
      }
      return;
    }
    let us = pb.positionUs;
    if (pb.playing) us += (Date.now() + this.offset - pb.updatedAt) * 1000 * pb.speed;
    const key = `t${us}|${shown}`;
    if (key !== this.lastKey) {
      if (tl.dataset.playing === 'true') tl.pause();
      tl.seekTime(us);
      this.lastKey = key;
    }
  }

  /**
   * The teacher drives the room from the timeline itself: what its controls ask becomes the room's command (the
   * timeline moves when the room's PlaybackChanged comes back, like every student's). A following student's controls
   * do nothing: the teacher drives.
   */
  private request(r: TimelineRequest): void {
    if (this.linkRole !== 'teacher') return;
    switch (r.kind) {
      case 'play': this.send({ type: 'Play' }); break;
      case 'pause': this.send({ type: 'Pause' }); break;
      case 'speed': this.send({ type: 'SetSpeed', speed: r.speed }); break;
      case 'step': {
        // the timeline may be before the first event (seq −1): the room counts from event 0
        const from = Math.max(0, r.fromSeq);
        const target = r.fromSeq + r.delta;
        if (target < 0) this.send({ type: 'Seek', positionUs: 0 });
        else this.send({ type: 'Step', delta: target - from, fromSeq: from });
        break;
      }
      case 'seek': this.seekTo(r.positionUs); break;
    }
  }

  private seekTo(positionUs: number): void {
    this.seekWanted = Math.max(0, Math.round(positionUs));
    if (this.seekTimer) return;
    const wait = SEEK_EVERY_MS - (Date.now() - this.seekSentAt);
    const sendSeek = () => {
      this.seekTimer = 0;
      this.seekSentAt = Date.now();
      this.send({ type: 'Seek', positionUs: this.seekWanted });
    };
    if (wait <= 0) sendSeek();
    else this.seekTimer = window.setTimeout(sendSeek, wait);
  }
}

customElements.define('room-link', RoomLink);
