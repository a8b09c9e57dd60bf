import { html, nothing, type TemplateResult } from 'lit';
import type { RunState } from './state.js';
import type { RunSummary, Scenario, ScenarioObject, WaitFor } from './types.js';
import type { CodeLine } from './python-lines.js';
import { formatTime } from './states.js';

/** Speed-up, utilisation and GIL wait derived from a run summary (DESIGN.md §4 fields). */
export function metricsOf(summary: RunSummary, cores: number) {
  const threads = summary.threads ?? [];
  const sum = (f: (t: (typeof threads)[number]) => number | undefined) =>
    threads.reduce((acc, t) => acc + (f(t) ?? 0), 0);
  const cpu = sum(t => t.cpuMs ?? t.runningMs);
  const serial = cpu + sum(t => t.ioMs) + sum(t => t.sleepingMs);
  const elapsed = summary.elapsedMs || 0;
  return {
    speedUp: elapsed > 0 ? serial / elapsed : 1,
    utilisation: elapsed > 0 ? cpu / (elapsed * Math.max(1, cores)) : 0,
    gilWaitMs: sum(t => t.waitingGilMs),
    serialMs: serial,
  };
}

const ms = (v: number) => formatTime(v * 1000);
const list = (names: string[]) => (names.length ? names.join(', ') : '—');

export function summaryPanel(summary: RunSummary | null, cores: number): TemplateResult | typeof nothing {
  if (!summary) return nothing;
  const m = metricsOf(summary, cores);
  const lost = Object.entries(summary.lostUpdates ?? {});
  return html`<section class="card summary" id="summary" aria-label="Run summary">
    <h3>Summary</h3>
    <dl>
      <dt>Outcome</dt><dd id="summary-outcome" class="outcome-${summary.outcome}">${summary.outcome}</dd>
      <dt>Elapsed</dt><dd id="summary-elapsed">${ms(summary.elapsedMs)}</dd>
      <dt>Speed-up vs serial</dt><dd id="summary-speedup">${m.speedUp.toFixed(2)}×</dd>
      <dt>CPU utilisation</dt><dd id="summary-utilisation">${(m.utilisation * 100).toFixed(0)} % of ${cores} cores</dd>
      <dt>Waiting for the GIL</dt><dd id="summary-gil-wait">${ms(m.gilWaitMs)}</dd>
      <dt>Events</dt><dd>${summary.eventCount}</dd>
    </dl>
    <div class="final-vars">${Object.entries(summary.variables ?? {}).map(([k, v]) =>
      html`<span class="final-var" data-variable=${k}>${k} = ${v}</span>`)}</div>
    ${lost.length ? html`<p class="lost" id="summary-lost">Lost updates: ${lost.map(([k, v]) => `${k} × ${v}`)
      .join(', ')}</p>` : html`<p id="summary-lost" class="no-lost">No lost update.</p>`}
  </section>`;
}

function objectBody(o: ScenarioObject, st: RunState): TemplateResult {
  switch (o.type) {
    case 'int': {
      const v = st.variables.get(o.id);
      return html`<div class="big" data-value=${v?.value ?? o.value ?? 0}>${v?.value ?? o.value ?? 0}</div>
        ${v?.lastWriter ? html`<div>last written by ${v.lastWriter}</div>` : nothing}
        ${v && v.lost > 0 ? html`<div class="lost" data-lost=${v.lost}>⚠ ${v.lost} lost update${v.lost > 1 ? 's' : ''}
          ${v.lastLost ? '(just now)' : ''}</div>` : nothing}`;
    }
    case 'Lock':
    case 'RLock': {
      const l = st.lockOwner.get(o.id);
      return html`<div>${l?.owner ? html`owner <b>${l.owner}</b>${o.type === 'RLock' ? html` · count ${l.count}` : ''}`
        : 'unlocked'}</div><div>waiting: ${list(st.waitersOn(o.id, 'blocked'))}</div>`;
    }
    case 'Semaphore':
    case 'BoundedSemaphore':
      return html`<div class="big">${st.semaphores.get(o.id) ?? o.value ?? 1}</div>
        <div>waiting: ${list(st.waitersOn(o.id, 'blocked'))}</div>`;
    case 'Event':
      return html`<div class="big">${st.flags.get(o.id) ? 'set' : 'clear'}</div>
        <div>waiting: ${list(st.waitersOn(o.id, 'waiting', 'blocked'))}</div>`;
    case 'Condition': {
      const l = o.lock ? st.lockOwner.get(o.lock) : undefined;
      return html`<div>lock ${o.lock ?? '(own RLock)'}${l?.owner ? html` held by <b>${l.owner}</b>` : ''}</div>
        <div>waiting: ${list(st.waitersOn(o.id, 'waiting'))}</div>
        <div>re-acquiring: ${list(st.waitersOn(o.id, 'blocked'))}</div>`;
    }
    default: {
      const q = st.queues.get(o.id);
      return html`<div class="queue" aria-label="queue contents">${(q?.head ?? []).map(i => html`<span class="item">${i}</span>`)}
        ${q && q.size > q.head.length ? html`<span>… +${q.size - q.head.length}</span>` : nothing}
        ${!q || q.size === 0 ? html`<span class="empty">empty</span>` : nothing}</div>
        <div>size ${q?.size ?? 0}${o.maxsize ? ` / ${o.maxsize}` : ''} · unfinished ${q?.unfinished ?? 0}</div>
        <div>blocked: ${list(st.waitersOn(o.id, 'blocked'))}</div>`;
    }
  }
}

export function objectPanels(scenario: Scenario | null, st: RunState): TemplateResult {
  return html`${(scenario?.objects ?? []).map(o => html`<section class="card object" data-object=${o.id}
      aria-label="${o.type} ${o.id}"><h4>${o.id} <small>${o.type}</small></h4>${objectBody(o, st)}</section>`)}`;
}

export function deadlockPanel(cycle: WaitFor[] | null): TemplateResult | typeof nothing {
  if (!cycle) return nothing;
  const n = cycle.length;
  const r = 60;
  const pos = (i: number) => [90 + r * Math.cos((2 * Math.PI * i) / n - Math.PI / 2),
    80 + r * Math.sin((2 * Math.PI * i) / n - Math.PI / 2)];
  return html`<section class="card deadlock" id="deadlock" aria-label="Deadlock cycle">
    <h3>Deadlock</h3>
    <svg width="180" height="160" role="img" aria-label="wait-for cycle">
      <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
        <path d="M0,0 L10,5 L0,10 z" fill="currentColor"></path></marker></defs>
      ${cycle.map((e, i) => {
        const [x1, y1] = pos(i);
        const j = cycle.findIndex(o => o.thread === e.heldBy);
        if (j < 0) return nothing;
        const [x2, y2] = pos(j);
        return html`<svg><line x1=${x1} y1=${y1} x2=${x1 + (x2 - x1) * 0.8} y2=${y1 + (y2 - y1) * 0.8}
          stroke="currentColor" stroke-width="2" marker-end="url(#arrow)"></line></svg>`;
      })}
      ${cycle.map((e, i) => {
        const [x, y] = pos(i);
        return html`<svg><circle cx=${x} cy=${y} r="16" class="node"></circle>
          <text x=${x} y=${y} text-anchor="middle" dominant-baseline="middle">${e.thread}</text></svg>`;
      })}
    </svg>
    <ul class="cycle">${cycle.map(e => html`<li class="cycle-edge">${e.thread} waits for ${e.waitsFor}
      ${e.heldBy ? `held by ${e.heldBy}` : '(held by nobody)'}</li>`)}</ul>
  </section>`;
}

export function errorsPanel(st: RunState): TemplateResult | typeof nothing {
  if (st.errors.length === 0) return nothing;
  return html`<section class="card errors" id="run-errors"><h3>Exceptions</h3>
    ${st.errors.map(e => html`<div class="error-line"><b>${e.thread}</b> at ${formatTime(e.t)}
      ${e.step ? html`(<code>${e.step}</code>)` : nothing}: <code>${e.type}: ${e.message}</code></div>`)}
  </section>`;
}

/** The scenario's Python (its lines computed once per scenario), each thread marked on the line it is at. */
export function codePanel(lines: CodeLine[], st: RunState): TemplateResult {
  const current = new Map<string, string[]>();
  st.threads.forEach((now, thread) => {
    if (now.step && now.state !== 'terminated') current.set(now.step, [...(current.get(now.step) ?? []), thread]);
  });
  return html`<section class="card code" id="python-view" aria-label="Python view"><h3>Python</h3>
    <pre>${lines.map(l => {
      const here = l.path ? current.get(l.path) : undefined;
      return html`<div class="line ${here ? 'current' : ''}" data-path=${l.path ?? ''}>${'    '.repeat(l.indent)}${l.text}${
        here ? html`<span class="who">  ◀ ${here.join(', ')}</span>` : nothing}</div>`;
    })}</pre></section>`;
}

export function printedPanel(st: RunState): TemplateResult | typeof nothing {
  if (st.printed.length === 0) return nothing;
  return html`<section class="card stdout"><h3>stdout</h3><pre>${st.printed.slice(-30).join('\n')}</pre></section>`;
}
