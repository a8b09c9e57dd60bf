package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import dev.threadlab.ui.timeline.ThreadTimeline;

/**
 * The browser's connection to {@code /ws/rooms/{code}}. The socket lives in the page, not on the server:
 * playback messages drive the page's {@code <thread-timeline>} directly (no server round trip, so a
 * student follows the teacher within a frame), every other message is passed on to the Java view as a
 * {@link RoomMessageEvent}. Commands go out through the same socket ({@link #send}).
 *
 * <p>The follower keeps the timeline paused and moves it itself: while the room plays, the position
 * at server time t is {@code positionUs + (t − updatedAt)·1000·speed} (ROOMS.md), so every client
 * computes the same position from the same message. In {@code free} mode students are left alone.
 */
public class RoomLink extends Div {

    private static final long serialVersionUID = 1L;

    private static final String SCRIPT = """
            const el = this, code = $0, firstQuery = $1, tl = $2, teacher = $3;
            if (el.roomClose) el.roomClose();
            let ws = null, pb = null, offset = 0, closed = false, lastKey = '', loadedRun = '', scenario = null, fitSpeed = false;
            const key = 'room-resume-' + code;
            // a student reconnects with the resume token the room gave them, once there is one
            const query = () => { const t = teacher ? null : sessionStorage.getItem(key); return t ? '?resume=' + encodeURIComponent(t) : firstQuery; };
            const pass = m => el.dispatchEvent(new CustomEvent('room-message', { detail: JSON.stringify(m) }));
            const following = () => teacher || (pb && pb.mode !== 'free');
            const load = (sc, p) => {
              if (!p || !p.runId || p.runId === loadedRun) return;
              loadedRun = p.runId;
              const runId = p.runId;
              const show = summary => {
                if (loadedRun !== runId) return;
                if (teacher && fitSpeed && summary) {
                  // a new run: a speed at which it plays in about 8 s (a lesson of milliseconds in slow motion)
                  fitSpeed = false;
                  const seconds = (JSON.parse(summary).elapsedMs || 0) / 1000;
                  const speeds = tl.constructor.ROOM_SPEEDS || [1];
                  const fit = speeds.filter(s => s <= seconds / 8).pop() || speeds[0];
                  if (pb && fit !== pb.speed) el.roomSend(JSON.stringify({ type: 'SetSpeed', speed: fit }));
                }
                tl.autoplay = false;
                tl.scenarioJson = sc ? JSON.stringify(sc) : '';
                tl.summaryJson = summary || '';
                tl.runId = runId;
                lastKey = '';
              };
              fetch('/api/runs/' + encodeURIComponent(runId)).then(r => r.ok ? r.text() : '').then(show, () => show(''));
            };
            const onPlayback = (p, serverTime) => {
              const wasFree = pb && pb.mode === 'free';
              pb = p;
              if (serverTime) offset = serverTime - Date.now();
              el.dataset.mode = p.mode;
              el.dataset.playing = String(p.playing);
              el.dataset.runId = p.runId || '';
              el.dataset.speed = String(p.speed);
              el.dataset.positionUs = String(p.positionUs);
              tl.controlled = following();
              tl.showControlled(p.playing, p.speed);
              if (wasFree && p.mode !== 'free') lastKey = '';
              if (p.runId && p.runId !== loadedRun) load(scenario, p);
            };
            const frame = () => {
              if (closed) return;
              if (!el.isConnected) { el.roomClose(); return; } // the view was left: leave the room too
              requestAnimationFrame(frame);
              if (!pb || !pb.runId || tl.runId !== pb.runId || !following()) return;
              if (!pb.playing && pb.seq != null) {
                const k = 's' + pb.seq + '|' + tl.dataset.eventCount + '|' + tl.dataset.loaded;
                if (k !== lastKey || tl.currentSeq !== pb.seq) { tl.pause(); tl.seekSeq(pb.seq); lastKey = k; }
                return;
              }
              let us = pb.positionUs;
              if (pb.playing) us += (Date.now() + offset - pb.updatedAt) * 1000 * pb.speed;
              const k = 't' + us + '|' + tl.dataset.eventCount + '|' + tl.dataset.loaded;
              if (k !== lastKey) { if (tl.dataset.playing === 'true') tl.pause(); tl.seekTime(us); lastKey = k; }
            };
            const connect = () => {
              const proto = location.protocol === 'https:' ? 'wss' : 'ws';
              ws = new WebSocket(proto + '://' + location.host + '/ws/rooms/' + encodeURIComponent(code) + query());
              ws.onmessage = e => {
                const m = JSON.parse(e.data);
                if (m.type === 'RoomState') {
                  if (m.you && m.you.resumeToken) sessionStorage.setItem(key, m.you.resumeToken);
                  scenario = m.scenario;
                  el.dataset.connected = 'true';
                  if (m.playback) { loadedRun = ''; onPlayback(m.playback, m.serverTime); }
                } else if (m.type === 'ScenarioLoaded') {
                  scenario = m.scenario;
                  fitSpeed = true;
                  loadedRun = '';
                  onPlayback(m.playback, m.serverTime);
                } else if (m.type === 'PlaybackChanged') {
                  onPlayback(m.playback, m.serverTime);
                  return;
                }
                pass(m);
              };
              ws.onclose = e => {
                el.dataset.connected = 'false';
                if (closed) return;
                if ([4400, 4404, 4423].includes(e.code) && !teacher) sessionStorage.removeItem(key);
                pass({ type: 'Closed', code: e.code, reason: e.reason });
                if (e.code === 1006 || e.code === 1001 || e.code === 1011 || e.code === 1012) setTimeout(() => { if (!closed) connect(); }, 1000);
              };
            };
            el.roomSend = json => { if (ws && ws.readyState === 1) ws.send(json); };
            // The teacher drives the room from the timeline itself: what its controls ask becomes the room's command
            // (the timeline moves when the room's PlaybackChanged comes back, like every student's). A drag sends at
            // most one Seek per 50 ms, and its last position.
            let seekTimer = 0, seekWanted = null, seekSentAt = 0;
            const sendSeek = () => {
              seekTimer = 0;
              seekSentAt = Date.now();
              el.roomSend(JSON.stringify({ type: 'Seek', positionUs: seekWanted }));
            };
            const onRequest = e => {
              const r = e.detail;
              if (!teacher) return; // a following student's controls do nothing: the teacher drives
              if (r.kind === 'play') el.roomSend('{"type":"Play"}');
              else if (r.kind === 'pause') el.roomSend('{"type":"Pause"}');
              else if (r.kind === 'speed') el.roomSend(JSON.stringify({ type: 'SetSpeed', speed: r.speed }));
              else if (r.kind === 'step') {
                // the timeline may be before the first event (seq −1): the room counts from event 0
                const from = Math.max(0, r.fromSeq), target = r.fromSeq + r.delta;
                if (target < 0) el.roomSend('{"type":"Seek","positionUs":0}');
                else el.roomSend(JSON.stringify({ type: 'Step', delta: target - from, fromSeq: from }));
              }
              else if (r.kind === 'seek') {
                seekWanted = Math.max(0, Math.round(r.positionUs));
                const wait = 50 - (Date.now() - seekSentAt);
                if (wait <= 0 && !seekTimer) sendSeek();
                else if (!seekTimer) seekTimer = setTimeout(sendSeek, Math.max(0, wait));
              }
            };
            tl.addEventListener('timeline-request', onRequest);
            el.roomClose = () => { closed = true; tl.removeEventListener('timeline-request', onRequest); if (ws) ws.close(1000, 'page left'); };
            requestAnimationFrame(frame);
            connect();
            """;

    private final String code;
    private final ThreadTimeline timeline;
    private final boolean teacher;
    private final String query;

    /**
     * @param query the first connection's query: {@code ?name=…}, {@code ?resume=…} or {@code ?teacher=…}
     *              (already URL-encoded); a student reconnects with the resume token the room gave them.
     */
    public RoomLink(String code, String query, ThreadTimeline timeline, boolean teacher) {
        this.code = code;
        this.query = query;
        this.timeline = timeline;
        this.teacher = teacher;
        setId("room-link");
        getStyle().set("display", "none");
    }

    /** Opens the socket (once the timeline is in the page). */
    public void connect() {
        getElement().executeJs(SCRIPT, code, query, timeline.getElement(), teacher);
    }

    public void send(String json) {
        getElement().executeJs("this.roomSend && this.roomSend($0)", json);
    }

    public void close() {
        getElement().executeJs("this.roomClose && this.roomClose()");
    }

    public Registration addMessageListener(ComponentEventListener<RoomMessageEvent> listener) {
        return addListener(RoomMessageEvent.class, listener);
    }
}
