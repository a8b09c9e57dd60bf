/** The visible time window [from, to] in µs, with zoom, pan, and the pointer gestures on the canvas. */
export class Viewport {
  from = 0;
  to = 1;
  private total = 1;
  private following = true;
  private listener: { changed(): void; clicked(t: number): void } | null = null;

  reset(total: number): void {
    this.total = Math.max(1, total);
    this.from = 0;
    this.to = this.total;
    this.following = true;
    this.listener?.changed();
  }

  /** While the whole run is shown, keep showing it as it grows. */
  follow(total: number): void {
    this.total = Math.max(this.total, total);
    if (this.following) this.to = this.total;
  }

  zoom(factor: number, around: number): void {
    const span = Math.max(10, Math.min(this.total * 1.2, (this.to - this.from) * factor));
    const ratio = (around - this.from) / Math.max(1, this.to - this.from);
    this.from = around - ratio * span;
    this.to = this.from + span;
    this.clamp();
  }

  pan(delta: number): void {
    this.from += delta;
    this.to += delta;
    this.clamp();
  }

  /** Pans so that `t` is visible. */
  reveal(t: number): void {
    const span = this.to - this.from;
    if (t > this.to) this.pan(t - this.to + span * 0.1);
    if (t < this.from) this.pan(t - this.from - span * 0.1);
  }

  attach(canvas: HTMLCanvasElement, labelW: number, width: () => number,
         listener: { changed(): void; clicked(t: number): void }): void {
    this.listener = listener;
    const timeAt = (x: number) => this.from + ((x - labelW) / Math.max(1, width() - labelW)) * (this.to - this.from);
    let downX: number | null = null;
    let lastX = 0;
    canvas.addEventListener('pointerdown', e => { downX = e.offsetX; lastX = e.offsetX; canvas.setPointerCapture(e.pointerId); });
    canvas.addEventListener('pointermove', e => {
      if (downX === null) return;
      const dx = e.offsetX - lastX;
      lastX = e.offsetX;
      if (Math.abs(e.offsetX - downX) > 3) this.pan(-(dx / Math.max(1, width() - labelW)) * (this.to - this.from));
    });
    canvas.addEventListener('pointerup', e => {
      if (downX !== null && Math.abs(e.offsetX - downX) <= 3 && e.offsetX > labelW) listener.clicked(timeAt(e.offsetX));
      downX = null;
    });
    // The wheel scrolls the page (a tall timeline of many threads must be scrollable); with Ctrl, ⌘ or Alt it
    // zooms around the pointer, with Shift (or a sideways swipe) it pans.
    canvas.addEventListener('wheel', e => {
      if (e.ctrlKey || e.metaKey || e.altKey) {
        e.preventDefault();
        this.zoom(e.deltaY > 0 ? 1.25 : 0.8, timeAt(e.offsetX));
      } else if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault();
        this.pan(((e.deltaX || e.deltaY) / Math.max(1, width() - labelW)) * (this.to - this.from));
      }
    }, { passive: false });
  }

  private clamp(): void {
    const span = this.to - this.from;
    const margin = this.total * 0.1;
    if (this.from < -margin) { this.from = -margin; this.to = this.from + span; }
    if (this.to > this.total + margin) { this.to = this.total + margin; this.from = this.to - span; }
    this.following = this.from <= 0 && this.to >= this.total;
    this.listener?.changed();
  }
}
