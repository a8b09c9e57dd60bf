/**
 * A tiny drawing surface, so the same drawing code paints the canvas (playback) and writes an
 * SVG file (export). Every text goes through `text`, never through markup parsing.
 */
export type PatternKind = 'solid' | 'stripes' | 'cross' | 'dots' | 'hlines' | 'vlines' | 'none';

export interface Painter {
  rect(x: number, y: number, w: number, h: number, fill: string, pattern?: PatternKind, alpha?: number): void;
  line(x1: number, y1: number, x2: number, y2: number, stroke: string, width?: number, dash?: number[]): void;
  text(x: number, y: number, s: string, color: string, size?: number, align?: 'left' | 'center' | 'right',
       bold?: boolean): void;
  polygon(points: [number, number][], fill: string): void;
}

const INK = 'rgba(0,0,0,0.45)';

function drawMotif(ctx: CanvasRenderingContext2D, kind: PatternKind, n: number): void {
  ctx.strokeStyle = INK;
  ctx.fillStyle = INK;
  ctx.lineWidth = 1.2;
  ctx.beginPath();
  switch (kind) {
    case 'stripes': ctx.moveTo(0, n); ctx.lineTo(n, 0); ctx.moveTo(-1, 1); ctx.lineTo(1, -1);
      ctx.moveTo(n - 1, n + 1); ctx.lineTo(n + 1, n - 1); break;
    case 'cross': ctx.moveTo(0, 0); ctx.lineTo(n, n); ctx.moveTo(0, n); ctx.lineTo(n, 0); break;
    case 'dots': ctx.arc(n / 2, n / 2, 1.2, 0, Math.PI * 2); ctx.fill(); return;
    case 'hlines': ctx.moveTo(0, n / 2); ctx.lineTo(n, n / 2); break;
    case 'vlines': ctx.moveTo(n / 2, 0); ctx.lineTo(n / 2, n); break;
    default: return;
  }
  ctx.stroke();
}

export class CanvasPainter implements Painter {
  private readonly patterns = new Map<string, CanvasPattern | string>();

  constructor(private readonly ctx: CanvasRenderingContext2D) {}

  rect(x: number, y: number, w: number, h: number, fill: string, pattern: PatternKind = 'solid', alpha = 1): void {
    if (pattern === 'none') return;
    this.ctx.globalAlpha = alpha;
    this.ctx.fillStyle = pattern === 'solid' ? fill : this.pattern(fill, pattern);
    this.ctx.fillRect(x, y, w, h);
    this.ctx.globalAlpha = 1;
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1, dash: number[] = []): void {
    const c = this.ctx;
    c.strokeStyle = stroke;
    c.lineWidth = width;
    c.setLineDash(dash);
    c.beginPath();
    c.moveTo(x1, y1);
    c.lineTo(x2, y2);
    c.stroke();
    c.setLineDash([]);
  }

  text(x: number, y: number, s: string, color: string, size = 11, align: 'left' | 'center' | 'right' = 'left',
       bold = false): void {
    const c = this.ctx;
    c.fillStyle = color;
    c.font = `${bold ? '600 ' : ''}${size}px system-ui, sans-serif`;
    c.textAlign = align;
    c.textBaseline = 'middle';
    c.fillText(s, x, y);
  }

  polygon(points: [number, number][], fill: string): void {
    const c = this.ctx;
    c.fillStyle = fill;
    c.beginPath();
    points.forEach(([x, y], i) => (i === 0 ? c.moveTo(x, y) : c.lineTo(x, y)));
    c.closePath();
    c.fill();
  }

  private pattern(fill: string, kind: PatternKind): CanvasPattern | string {
    const key = `${fill}|${kind}`;
    let p = this.patterns.get(key);
    if (!p) {
      const n = 8;
      const tile = document.createElement('canvas');
      tile.width = n;
      tile.height = n;
      const t = tile.getContext('2d')!;
      t.fillStyle = fill;
      t.fillRect(0, 0, n, n);
      drawMotif(t, kind, n);
      p = this.ctx.createPattern(tile, 'repeat') ?? fill;
      this.patterns.set(key, p);
    }
    return p;
  }
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const SVG_MOTIF: Record<string, string> = {
  stripes: `<path d="M0,8 L8,0 M-1,1 L1,-1 M7,9 L9,7" stroke="${INK}" stroke-width="1.2"/>`,
  cross: `<path d="M0,0 L8,8 M0,8 L8,0" stroke="${INK}" stroke-width="1.2"/>`,
  dots: `<circle cx="4" cy="4" r="1.2" fill="${INK}"/>`,
  hlines: `<path d="M0,4 L8,4" stroke="${INK}" stroke-width="1.2"/>`,
  vlines: `<path d="M4,0 L4,8" stroke="${INK}" stroke-width="1.2"/>`,
};

/** Writes the drawing as an SVG document; every text is escaped. */
export class SvgPainter implements Painter {
  private readonly body: string[] = [];
  private readonly defs = new Map<string, string>();

  constructor(private readonly width: number, private readonly height: number, private readonly background: string) {}

  rect(x: number, y: number, w: number, h: number, fill: string, pattern: PatternKind = 'solid', alpha = 1): void {
    if (pattern === 'none') return;
    let paint = esc(fill);
    if (pattern !== 'solid') {
      const id = `p${this.defs.size}`;
      const key = `${fill}|${pattern}`;
      if (!this.defs.has(key)) {
        this.defs.set(key, `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse">`
          + `<rect width="8" height="8" fill="${esc(fill)}"/>${SVG_MOTIF[pattern] ?? ''}</pattern>`);
      }
      const def = this.defs.get(key)!;
      paint = `url(#${/id="([^"]+)"/.exec(def)![1]})`;
    }
    this.body.push(`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0, w).toFixed(1)}" `
      + `height="${h.toFixed(1)}" fill="${paint}" fill-opacity="${alpha}"/>`);
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1, dash: number[] = []): void {
    this.body.push(`<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" `
      + `stroke="${esc(stroke)}" stroke-width="${width}"${dash.length ? ` stroke-dasharray="${dash.join(',')}"` : ''}/>`);
  }

  text(x: number, y: number, s: string, color: string, size = 11, align: 'left' | 'center' | 'right' = 'left',
       bold = false): void {
    const anchor = align === 'left' ? 'start' : align === 'center' ? 'middle' : 'end';
    this.body.push(`<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" fill="${esc(color)}" font-size="${size}" `
      + `font-family="system-ui, sans-serif" text-anchor="${anchor}" dominant-baseline="middle"`
      + `${bold ? ' font-weight="600"' : ''}>${esc(s)}</text>`);
  }

  polygon(points: [number, number][], fill: string): void {
    this.body.push(`<polygon points="${points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}" `
      + `fill="${esc(fill)}"/>`);
  }

  toString(): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${this.width}" height="${this.height}" `
      + `viewBox="0 0 ${this.width} ${this.height}"><defs>${[...this.defs.values()].join('')}</defs>`
      + `<rect width="100%" height="100%" fill="${esc(this.background)}"/>${this.body.join('')}</svg>`;
  }
}
