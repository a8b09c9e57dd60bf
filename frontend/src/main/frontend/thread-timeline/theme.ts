import type { Theme } from './draw.js';

/** Lumo's colours, resolved to values a canvas understands (Lumo may use color-mix or light-dark). */
export function lumoTheme(root: Element | ShadowRoot | DocumentFragment): Theme {
  const probe = document.createElement('span');
  root.appendChild(probe);
  const resolve = (name: string, fallback: string) => {
    probe.style.color = fallback;
    probe.style.color = `var(${name}, ${fallback})`;
    return toCanvasColour(getComputedStyle(probe).color, fallback);
  };
  const theme = {
    background: resolve('--lumo-base-color', '#ffffff'),
    text: resolve('--lumo-body-text-color', '#222222'),
    secondary: resolve('--lumo-secondary-text-color', '#666666'),
    grid: resolve('--lumo-contrast-10pct', 'rgba(0,0,0,0.1)'),
    cursor: resolve('--lumo-primary-color', '#1676f3'),
    error: resolve('--lumo-error-color', '#d9534f'),
  };
  probe.remove();
  return theme;
}

function toCanvasColour(css: string, fallback: string): string {
  const c = document.createElement('canvas');
  c.width = 1;
  c.height = 1;
  const ctx = c.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = fallback;
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
}

/** A legend swatch's CSS: the state's colour under its pattern, so colour is never the only cue. */
export function swatch(fill: string, pattern: string): string {
  const ink = 'rgba(0,0,0,0.45)';
  const motif: Record<string, string> = {
    stripes: `repeating-linear-gradient(45deg, ${ink} 0 2px, transparent 2px 6px)`,
    cross: `repeating-linear-gradient(45deg, ${ink} 0 1px, transparent 1px 5px), repeating-linear-gradient(-45deg, ${ink} 0 1px, transparent 1px 5px)`,
    dots: `radial-gradient(${ink} 1px, transparent 1.5px) 0 0 / 5px 5px`,
    hlines: `repeating-linear-gradient(0deg, ${ink} 0 1px, transparent 1px 5px)`,
    vlines: `repeating-linear-gradient(90deg, ${ink} 0 1px, transparent 1px 5px)`,
  };
  return `background: ${motif[pattern] ? `${motif[pattern]}, ` : ''}${fill}`;
}
