/**
 * `<signal-arrows>`: draws the diagram's signals (set→wait, notify→wait, put→get, release→acquire)
 * as arrows between step blocks of different lanes. It sits over its parent (position: relative) and
 * finds the blocks by id; `pairs` is a JSON array of {from, to, label}. Labels are text nodes only.
 */
interface Pair { from: string; to: string; label: string }

const SVG = 'http://www.w3.org/2000/svg';

class SignalArrows extends HTMLElement {
  private pairsValue: Pair[] = [];
  private observer: ResizeObserver | null = null;
  private mutations: MutationObserver | null = null;
  private scrolled: HTMLElement | null = null;
  private readonly onScroll = () => this.schedule();
  private frame = 0;

  set pairs(json: string) {
    try {
      this.pairsValue = JSON.parse(json || '[]') as Pair[];
    } catch {
      this.pairsValue = [];
    }
    this.schedule();
  }

  connectedCallback(): void {
    this.style.cssText = 'position:absolute;inset:0;pointer-events:none;z-index:1;';
    const parent = this.parentElement!;
    this.observer = new ResizeObserver(() => this.schedule());
    this.observer.observe(parent);
    // The blocks moving means redrawing; this element's own drawing changing does not (else: a redraw every frame).
    this.mutations = new MutationObserver(records => {
      if (records.some(r => !this.contains(r.target))) this.schedule();
    });
    this.mutations.observe(parent, { childList: true, subtree: true });
    this.scrolled = parent;
    parent.addEventListener('scroll', this.onScroll, { passive: true });
    this.schedule();
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.mutations?.disconnect();
    this.scrolled?.removeEventListener('scroll', this.onScroll);
    this.scrolled = null;
    cancelAnimationFrame(this.frame);
  }

  private schedule(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    const parent = this.parentElement;
    if (!parent) return;
    this.replaceChildren(); // the old drawing must not count in the size measured below
    const origin = parent.getBoundingClientRect();
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', String(parent.scrollWidth));
    svg.setAttribute('height', String(parent.scrollHeight));
    svg.style.overflow = 'visible';
    svg.innerHTML = '<defs><marker id="signal-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" '
      + 'markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker></defs>';
    this.pairsValue.forEach((p, i) => {
      const a = parent.querySelector(`#${CSS.escape(p.from)} > .step-head`) ?? parent.querySelector(`#${CSS.escape(p.from)}`);
      const b = parent.querySelector(`#${CSS.escape(p.to)} > .step-head`) ?? parent.querySelector(`#${CSS.escape(p.to)}`);
      if (!a || !b) return;
      const ra = a.getBoundingClientRect();
      const rb = b.getBoundingClientRect();
      const leftToRight = ra.left < rb.left;
      const x1 = (leftToRight ? ra.right : ra.left) - origin.left + parent.scrollLeft;
      const x2 = (leftToRight ? rb.left : rb.right) - origin.left + parent.scrollLeft;
      const y1 = ra.top + ra.height / 2 - origin.top + parent.scrollTop;
      const y2 = rb.top + rb.height / 2 - origin.top + parent.scrollTop;
      const bend = (leftToRight ? 1 : -1) * Math.max(30, Math.abs(x2 - x1) / 3);
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`);
      path.setAttribute('fill', 'none');
      path.setAttribute('stroke', 'currentColor');
      path.setAttribute('stroke-width', '1.6');
      path.setAttribute('stroke-dasharray', '5 3');
      path.setAttribute('marker-end', 'url(#signal-head)');
      path.classList.add('signal');
      path.dataset.from = p.from;
      path.dataset.to = p.to;
      const title = document.createElementNS(SVG, 'title');
      title.textContent = p.label;
      path.appendChild(title);
      svg.appendChild(path);
      const label = document.createElementNS(SVG, 'text');
      label.setAttribute('x', String((x1 + x2) / 2));
      label.setAttribute('y', String((y1 + y2) / 2 - 4 - (i % 2) * 10));
      label.setAttribute('text-anchor', 'middle');
      label.setAttribute('font-size', '10');
      label.setAttribute('fill', 'currentColor');
      label.textContent = p.label;
      svg.appendChild(label);
    });
    this.replaceChildren(svg);
  }
}

customElements.define('signal-arrows', SignalArrows);
