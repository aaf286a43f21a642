// <overview-nav>: makes the build-time overview one tab stop. Left and right arrows (Home, End) move
// between events with a visible label; Enter goes to the event in the list; a select zooms into a
// chapter or a year by re-placing the marks (their days are in data-* attributes). Small on purpose.
import { uiText } from './ui-text.ts';

class OverviewNav extends HTMLElement {
  connectedCallback(): void {
    const plot = this.querySelector<HTMLElement>('.overview-plot');
    const focusLine = this.querySelector<HTMLElement>('[data-focus]');
    const zoom = this.querySelector<HTMLSelectElement>('select[data-zoom]');
    const svg = this.querySelector('svg');
    if (!plot || !focusLine || !zoom || !svg) return;
    const marks = [...svg.querySelectorAll<SVGElement>('[data-mark]')];
    for (const link of svg.querySelectorAll('a')) link.setAttribute('tabindex', '-1');
    // An event's name from its card in the list: the graphic itself names groups only.
    const nameOf = (id: string): string => {
      const card = document.getElementById(id);
      const date = card?.querySelector('time')?.textContent ?? '';
      const title = card?.querySelector('.event-title')?.textContent ?? '';
      return `${date}: ${title}`;
    };
    plot.tabIndex = 0;
    plot.setAttribute('role', 'group');
    plot.setAttribute('aria-label', uiText<{ label: string }>(this).label ?? '');
    this.querySelector('.overview-zoom')?.removeAttribute('hidden');

    let current = -1;
    const visible = () => marks.filter((m) => !m.classList.contains('out'));
    const show = (index: number): void => {
      const list = visible();
      if (list.length === 0) return;
      current = Math.max(0, Math.min(index, list.length - 1));
      for (const m of marks) m.classList.remove('current');
      const mark = list[current]!;
      mark.classList.add('current');
      focusLine.hidden = false;
      focusLine.textContent = `${current + 1} of ${list.length}: ${nameOf(mark.dataset['mark'] ?? '')}`;
    };

    // Zoom: every horizontal position is a percentage, so a zoom to [a, b] maps x to (x - a) / (b - a).
    const POSITION = ['x', 'cx', 'x1', 'x2'];
    const original = new Map<Element, Record<string, number>>();
    for (const el of svg.querySelectorAll('rect, circle, line, text')) {
      const values: Record<string, number> = {};
      for (const name of [...POSITION, 'width']) {
        const value = el.getAttribute(name);
        if (value?.endsWith('%')) values[name] = parseFloat(value);
      }
      if (Object.keys(values).length > 0) original.set(el, values);
    }
    const zoomTo = (a: number, b: number): void => {
      const scale = 100 / (b - a);
      for (const [el, values] of original) {
        const left = values['x'] ?? values['cx'] ?? values['x1'] ?? 0;
        const right = left + (values['width'] ?? 0);
        const whole = el.getAttribute('x2') === '100%' && values['x1'] === 0;
        // A point shows when it lies in the range; a range when some of it does (touching is not enough).
        const inside = right === left ? left >= a - 0.01 && left <= b + 0.01 : right > a + 0.01 && left < b - 0.01;
        el.classList.toggle('out', !whole && !inside);
        for (const [name, value] of Object.entries(values)) {
          if (whole) continue;
          el.setAttribute(name, `${(name === 'width' ? value * scale : (value - a) * scale).toFixed(2)}%`);
        }
      }
      for (const label of svg.querySelectorAll('.key-label')) {
        label.classList.toggle('out', label.querySelector('line.out') !== null);
        // Keep the label inside the graphic.
        const text = label.querySelector('text');
        const rect = label.querySelector('rect');
        const at = parseFloat(label.querySelector('line')?.getAttribute('x1') ?? '0');
        const width = Number(rect?.getAttribute('width') ?? 0);
        const textWidth = text instanceof SVGTextContentElement ? text.getComputedTextLength() : width;
        const full = svg.getBoundingClientRect().width;
        // Slide the text left just enough to fit; its leader stays at the mark.
        const left = Math.max(0, Math.min((at / 100) * full, full - textWidth - 2));
        const x = `${((left / full) * 100).toFixed(2)}%`;
        text?.setAttribute('text-anchor', 'start');
        text?.setAttribute('x', x);
        rect?.setAttribute('x', x);
        rect?.removeAttribute('transform');
      }
    };

    zoom.addEventListener('change', () => {
      const [a, b] = zoom.value.split(' ').map(Number) as [number, number];
      zoomTo(a, b);
      show(0);
    });

    plot.addEventListener('keydown', (event) => {
      const count = visible().length;
      if (event.key === 'ArrowRight' || event.key === 'ArrowDown') show(current + 1);
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') show(current <= 0 ? 0 : current - 1);
      else if (event.key === 'Home') show(0);
      else if (event.key === 'End') show(count - 1);
      else if (event.key === 'Enter' && current >= 0) {
        const id = visible()[current]?.dataset['mark'];
        const card = id ? document.getElementById(id) : null;
        if (!card) return;
        window.location.hash = id!;
        card.querySelector<HTMLElement>('.event-title a')?.focus();
      } else return;
      event.preventDefault();
    });
    plot.addEventListener('focus', () => {
      if (current === -1) show(0);
    });
    // Loaded because a link inside got focus: hand the focus to the graphic as a whole.
    if (plot.contains(document.activeElement) && document.activeElement !== plot) plot.focus();
  }
}

if (!customElements.get('overview-nav')) customElements.define('overview-nav', OverviewNav);
export {};
