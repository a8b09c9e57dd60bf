import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { CanvasPainter } from './painter.js';
import { drawTimeline, heightOf, layoutRows } from './draw.js';
import { parse, parseWindow } from './feed.js';
import { RunRecording } from './recording.js';
import { RunState } from './state.js';
import { formatTime, LEGEND_ORDER, lookOf } from './states.js';
import { timelineStyles } from './styles.js';
import { lumoTheme, swatch } from './theme.js';
import type { Scenario } from './types.js';

interface Side {
  key: 'lab' | 'cpython';
  title: string;
  rec: RunRecording;
}

/**
 * `<reality-timeline>`: the lab's simulated run and CPython's measured run of one scenario, one above the other on
 * the same time axis (the lab's: CPython ran scaled, its times are divided by the scale). Both come in the timeline's
 * compact wire form and are drawn by the same code as `<thread-timeline>`, so a state looks the same in both.
 * Properties (set by the Java side): `scenarioJson`, `labJson`, `cpythonJson`, `cpythonTitle`. The host carries
 * `data-lanes-lab` and `data-lanes-cpython` (threads drawn) once drawn.
 */
export class RealityTimeline extends LitElement {
  static styles = timelineStyles;
  static properties = {
    scenarioJson: { type: String, attribute: false },
    labJson: { type: String, attribute: false },
    cpythonJson: { type: String, attribute: false },
    cpythonTitle: { type: String, attribute: false },
  };

  declare scenarioJson: string;
  declare labJson: string;
  declare cpythonJson: string;
  declare cpythonTitle: string;
  private sides: Side[] = [];
  private endUs = 1;
  private readonly resize = new ResizeObserver(() => this.draw());

  connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  disconnectedCallback(): void {
    this.resize.disconnect();
    super.disconnectedCallback();
  }

  protected willUpdate(changed: PropertyValues): void {
    if (!changed.has('labJson') && !changed.has('cpythonJson') && !changed.has('scenarioJson')) return;
    const scenario = parse<Scenario>(this.scenarioJson);
    const side = (key: Side['key'], title: string, json: string): Side | null => {
      const raw = parse<unknown>(json);
      if (!raw) return null;
      const rec = new RunRecording(scenario);
      rec.useWindow(parseWindow(raw));
      return { key, title, rec };
    };
    this.sides = [side('lab', 'The lab (simulated)', this.labJson),
      side('cpython', this.cpythonTitle || 'CPython (measured)', this.cpythonJson)].filter((s): s is Side => s !== null);
    this.endUs = Math.max(1, ...this.sides.map(s => s.rec.endT));
  }

  protected updated(): void {
    this.draw();
  }

  private draw(): void {
    const theme = lumoTheme(this.renderRoot);
    for (const side of this.sides) {
      const canvas = this.renderRoot.querySelector<HTMLCanvasElement>(`canvas[data-side="${side.key}"]`);
      if (!canvas) continue;
      const width = Math.max(400, (canvas.parentElement as HTMLElement).clientWidth);
      const rows = layoutRows(side.rec, side.rec.gil.size > 0);
      const height = heightOf(rows);
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      const ctx = canvas.getContext('2d')!;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.fillStyle = theme.background;
      ctx.fillRect(0, 0, width, height);
      drawTimeline(new CanvasPainter(ctx), side.rec, rows, { from: 0, to: this.endUs, cursor: this.endUs, width },
        new RunState(), theme, () => '');
      this.dataset[side.key === 'lab' ? 'lanesLab' : 'lanesCpython'] =
        String(rows.filter(r => r.kind === 'lane').length);
    }
  }

  render() {
    if (this.sides.length === 0) return nothing;
    return html`
      <div class="legend" aria-label="Legend">${LEGEND_ORDER.map(s => {
        const look = lookOf(s);
        return html`<span><span class="swatch" style=${swatch(look.fill, look.pattern)}></span>${look.word} — ${look.description}</span>`;
      })}</div>
      ${this.sides.map(side => html`
        <h4 class="side-title" id="reality-title-${side.key}">${side.title} · ${formatTime(side.rec.endT)}</h4>
        <div class="canvas-wrap" style="cursor: default">
          <canvas data-side=${side.key} role="img"
            aria-label="${side.title}: ${side.rec.lanes.filter(l => l.spans.length > 0).length} threads over ${formatTime(side.rec.endT)}"></canvas>
        </div>`)}
      <div class="status">Both on the lab's time axis, from 0 to ${formatTime(this.endUs)}.</div>`;
  }
}

customElements.define('reality-timeline', RealityTimeline);
