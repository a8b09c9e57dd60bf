/** One line of the Python view; `path` is the step's JSON path (DESIGN.md §2: one step, one line). */
export interface CodeLine {
  text: string;
  indent: number;
  path: string | null;
}

/**
 * The scenario's Python view, as the server writes it (`POST /api/export/lines`): the lines come from the one
 * renderer the exported script and the editor use, so the three cannot disagree. Empty if the server refuses it.
 */
export async function fetchCodeLines(scenarioJson: string): Promise<CodeLine[]> {
  if (!scenarioJson) return [];
  const response = await fetch('/api/export/lines', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: scenarioJson,
  });
  if (!response.ok) return [];
  const answer = (await response.json()) as { lines?: CodeLine[] };
  return answer.lines ?? [];
}
