import type { Scenario, ScenarioStep } from './types.js';

/** One line of the Python view; `path` is the step's JSON path (DESIGN.md §2: one step, one line). */
export interface CodeLine {
  text: string;
  indent: number;
  path: string | null;
}

const s = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const timeout = (st: ScenarioStep) => (st.timeoutMs !== undefined ? `timeout=${Number(st.timeoutMs) / 1000}` : '');

/** The Python line of one step, as DESIGN.md §2's table writes it. */
export function pythonOf(st: ScenarioStep): string {
  const t = s(st.target);
  switch (st.op) {
    case 'compute': return `compute(${s(st.ms)} ms)  # pure-Python CPU work`;
    case 'io': return `io(${s(st.ms)} ms)${st.label ? `  # ${s(st.label)}` : ''}`;
    case 'sleep': return `time.sleep(${Number(st.ms ?? 0) / 1000})`;
    case 'acquire': return `${t}.acquire(${[st.blocking === false ? 'blocking=False' : '', timeout(st)]
      .filter(Boolean).join(', ')})`;
    case 'release': return `${t}.release()`;
    case 'with': return `with ${t}:`;
    case 'wait': return `${t}.wait(${timeout(st)})`;
    case 'notify': return `${t}.notify(${st.n !== undefined ? s(st.n) : ''})`;
    case 'notifyAll': return `${t}.notify_all()`;
    case 'set': return `${t}.set()`;
    case 'clear': return `${t}.clear()`;
    case 'put': return `${t}.put(${s(st.value ?? 'item')})`;
    case 'get': return `${st.as ? `${s(st.as)} = ` : ''}${t}.get()`;
    case 'taskDone': return `${t}.task_done()`;
    case 'join': return `${t}.join(${timeout(st)})`;
    case 'start': return `${t}.start()`;
    case 'cancel': return `${t}.cancel()`;
    case 'read': return `${s(st.as)} = ${t}`;
    case 'write': return `${t} = ${s(st.value)}`;
    case 'increment': return `${t} += ${s(st.by ?? 1)}`;
    case 'repeat': return `for ${s(st.as ?? '_')} in range(${s(st.times)}):`;
    case 'print': return `print(${JSON.stringify(s(st.text))})`;
    case 'exit': return 'return';
    case 'spinUntil': return `while not (${s(st.condition)}): pass`;
    default: return st.op;
  }
}

/** The scenario as one function per thread, each line knowing its step path. */
export function codeLines(scenario: Scenario | null): CodeLine[] {
  const lines: CodeLine[] = [];
  const walk = (body: ScenarioStep[], prefix: string, indent: number) => {
    body.forEach((st, i) => {
      const path = `${prefix}.body[${i}]`;
      lines.push({ text: pythonOf(st), indent, path });
      if (st.body) walk(st.body, path, indent + 1);
    });
  };
  (scenario?.threads ?? []).forEach((thread, i) => {
    lines.push({ text: `def ${thread.id}():`, indent: 0, path: null });
    if (thread.body.length === 0) lines.push({ text: 'pass', indent: 1, path: null });
    walk(thread.body, `threads[${i}]`, 1);
  });
  return lines;
}
