import { css } from 'lit';

export const timelineStyles = css`
  :host { display: block; color: var(--lumo-body-text-color, #222); font-family: var(--lumo-font-family, system-ui);
    font-size: var(--lumo-font-size-s, 14px); outline: none; }
  :host(:focus-visible) { box-shadow: 0 0 0 2px var(--lumo-primary-color-50pct, #5b8fd6); border-radius: 6px; }
  .sticky-head { position: sticky; top: 0; z-index: 2; background: var(--lumo-base-color, #fff); }
  #axis-strip { display: block; border-bottom: 1px solid var(--lumo-contrast-10pct, #ddd); }
  #axis-strip[hidden] { display: none; }
  .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 4px 0; }
  button, select { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid var(--lumo-contrast-20pct, #ccc);
    background: var(--lumo-contrast-5pct, #f4f4f4); color: inherit; cursor: pointer; min-height: 30px; }
  button:focus-visible, select:focus-visible, input:focus-visible { outline: 2px solid var(--lumo-primary-color, #1676f3); }
  button.primary { background: var(--lumo-primary-color, #1676f3); color: var(--lumo-primary-contrast-color, #fff); border: none; }
  input[type=range] { flex: 1; min-width: 110px; }
  .clock { font-variant-numeric: tabular-nums; min-width: 150px; font-size: var(--lumo-font-size-xs, 12px); color: var(--lumo-secondary-text-color, #555); }
  .legend { display: flex; flex-wrap: wrap; gap: 10px; margin: 4px 0 6px; font-size: var(--lumo-font-size-xs, 12px); }
  .swatch { display: inline-block; width: 22px; height: 12px; vertical-align: middle; margin-right: 4px; border-radius: 2px; }
  .canvas-wrap { position: relative; width: 100%; overflow: hidden; border: 1px solid var(--lumo-contrast-10pct, #ddd);
    border-radius: 8px; background: var(--lumo-base-color, #fff); cursor: grab; touch-action: none; }
  canvas { display: block; }
  .status { padding: 6px 0; color: var(--lumo-secondary-text-color, #555); min-height: 1.4em; }
  .status.failed { color: var(--lumo-error-text-color, #c00); }
  .panels { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 8px; margin-top: 8px; }
  .card { border: 1px solid var(--lumo-contrast-10pct, #ddd); border-radius: 8px; padding: 6px 10px;
    background: var(--lumo-contrast-5pct, #fafafa); }
  .card h3, .card h4 { margin: 0 0 4px; font-size: var(--lumo-font-size-s, 14px); }
  .card small { color: var(--lumo-secondary-text-color, #666); font-weight: normal; }
  .summary { grid-column: span 2; }
  .summary dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
  .summary dt { color: var(--lumo-secondary-text-color, #666); }
  .summary dd { margin: 0; font-variant-numeric: tabular-nums; }
  .final-var { display: inline-block; margin: 4px 8px 0 0; font-family: monospace; }
  .big { font-size: 1.6em; font-weight: 600; font-variant-numeric: tabular-nums; }
  .lost, .outcome-deadlock, .outcome-error { color: var(--lumo-error-text-color, #c00); font-weight: 600; }
  .queue { display: flex; flex-wrap: wrap; gap: 3px; min-height: 24px; }
  .item { border: 1px solid var(--lumo-contrast-30pct, #aaa); border-radius: 4px; padding: 0 5px; font-family: monospace; }
  .empty { color: var(--lumo-secondary-text-color, #888); }
  .deadlock { border-color: var(--lumo-error-color, #c00); color: var(--lumo-error-text-color, #c00); }
  .deadlock .node { fill: var(--lumo-base-color, #fff); stroke: currentColor; stroke-width: 2; }
  .deadlock text { fill: currentColor; font-size: 10px; }
  .deadlock ul { margin: 4px 0 0; padding-left: 18px; }
  .errors { border-color: var(--lumo-error-color, #c00); }
  .code { grid-column: span 2; }
  .code pre, .stdout pre { margin: 0; font-size: 12px; overflow-x: auto; }
  .line { padding: 0 4px; border-radius: 3px; white-space: pre; }
  .line.current { background: var(--lumo-primary-color-10pct, #e3eefc); font-weight: 600; }
  .who { color: var(--lumo-primary-text-color, #1676f3); }
  .keys { font-size: var(--lumo-font-size-xs, 12px); color: var(--lumo-secondary-text-color, #666); }
`;
