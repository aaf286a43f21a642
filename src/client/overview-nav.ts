// <overview-nav>: makes the build-time overview one tab stop. Left and right arrows (Home, End) move
// between events with a visible label; Enter goes to the event in the list; a select zooms into a
// chapter or a year by re-placing the marks. The i-th mark is the i-th event card of the list (the
// graphic is drawn in the list's order), so the marks need no ids. Small on purpose.

import { bandsByNumber, showsInZoom, tickYears } from '../lib/overview.ts';
import { fill, uiText } from './ui-text.ts';
import { CARD_TITLE, TIMELINE_CARDS } from './card.ts';

/** The attributes that place an element across the graphic, in percent of its width. */
const POSITION = ['x', 'cx', 'x1', 'x2', 'width'] as const;

type Positions = Map<Element, Record<string, number>>;

/** An event's name from its card in the list: the graphic itself names groups only. */
function nameOf(card: Element | undefined): string {
  const date = card?.querySelector('time')?.textContent ?? '';
  const title = card?.querySelector(CARD_TITLE)?.textContent ?? '';
  return `${date}: ${title}`;
}

/** Each drawn element's horizontal attributes given in percent (the axis spans the whole and stays). */
function readPositions(svg: SVGSVGElement): Positions {
  const positions: Positions = new Map();
  for (const el of svg.querySelectorAll('rect, circle, line:not(.axis), text')) {
    const values: Record<string, number> = {};
    for (const name of POSITION) {
      const value = el.getAttribute(name);
      if (value?.endsWith('%')) values[name] = parseFloat(value);
    }
    if (Object.keys(values).length > 0) positions.set(el, values);
  }
  return positions;
}

/** Every horizontal position is a percentage, so a zoom to [a, b] maps x to (x - a) / (b - a). */
function zoomElements(positions: Positions, a: number, b: number): void {
  const scale = 100 / (b - a);
  for (const [el, values] of positions) {
    const left = values['x'] ?? values['cx'] ?? values['x1'] ?? 0;
    el.classList.toggle('out', !showsInZoom(left, left + (values['width'] ?? 0), a, b));
    for (const [name, value] of Object.entries(values)) {
      el.setAttribute(name, `${(name === 'width' ? value * scale : (value - a) * scale).toFixed(2)}%`);
    }
  }
}

/** Keeps each key moment's label inside the graphic: the text slides, its leader stays at the mark. */
function fitLabels(svg: SVGSVGElement): void {
  const full = svg.getBoundingClientRect().width;
  for (const label of svg.querySelectorAll('.key-label')) {
    label.classList.toggle('out', label.querySelector('line.out') !== null);
    const text = label.querySelector('text');
    const rect = label.querySelector('rect');
    const at = parseFloat(label.querySelector('line')?.getAttribute('x1') ?? '0');
    const textWidth = text instanceof SVGTextContentElement ? text.getComputedTextLength() : Number(rect?.getAttribute('width') ?? 0);
    const left = Math.max(0, Math.min((at / 100) * full, full - textWidth - 2));
    const x = `${((left / full) * 100).toFixed(2)}%`;
    text?.setAttribute('text-anchor', 'start');
    text?.setAttribute('x', x);
    rect?.setAttribute('x', x);
    rect?.removeAttribute('transform');
  }
}

const percent = (el: Element, name: string) => parseFloat(el.getAttribute(name) ?? '0');

/** A zoom choice per chapter (its band and its title in the caption) and per year (its tick). */
function addZoomChoices(zoom: HTMLSelectElement, svg: SVGSVGElement, legend: Element | null): void {
  const bands = [...svg.querySelectorAll('.bands rect')].map((el) => ({ x: percent(el, 'x'), width: percent(el, 'width') }));
  const numbers = [...svg.querySelectorAll('.bands text')];
  const titles = [...(legend?.querySelectorAll('a') ?? [])].map((a) => a.textContent ?? '');
  bandsByNumber(bands, numbers.map((t) => percent(t, 'x'))).forEach((band, i) => {
    zoom.add(new Option(`${numbers[i]?.textContent}. ${titles[i] ?? ''}`, `${band.x} ${band.x + band.width}`));
  });
  const ticks = [...svg.querySelectorAll('.ticks line')].map((el) => percent(el, 'x1'));
  const label = svg.querySelector('.ticks text');
  if (!label) return;
  tickYears(ticks, { x: percent(label, 'x'), year: Number(label.textContent) }).forEach((year, i) => {
    zoom.add(new Option(String(year), `${ticks[i]} ${ticks[i + 1] ?? 100}`));
  });
}

class OverviewNav extends HTMLElement {
  #marks: SVGElement[] = [];
  #cards: HTMLElement[] = [];
  #current = -1;
  #focusLine: HTMLElement | null = null;

  connectedCallback(): void {
    const plot = this.querySelector<HTMLElement>('.overview-plot');
    const svg = this.querySelector('svg');
    this.#focusLine = this.querySelector<HTMLElement>('[data-focus]');
    if (!plot || !svg || !this.#focusLine) return;
    const zoom = this.#addZoomMenu(plot);
    this.#marks = [...svg.querySelectorAll<SVGElement>('.marks > *')];
    this.#cards = [...document.querySelectorAll<HTMLElement>(TIMELINE_CARDS)];
    for (const link of svg.querySelectorAll('a')) link.setAttribute('tabindex', '-1');
    plot.tabIndex = 0;
    plot.setAttribute('role', 'group');
    plot.setAttribute('aria-label', uiText(this, 'overview').label);
    const positions = readPositions(svg);
    addZoomChoices(zoom, svg, this.closest('figure')?.querySelector('.chapter-legend') ?? null);
    zoom.addEventListener('change', () => {
      const [a, b] = zoom.value.split(' ').map(Number) as [number, number];
      zoomElements(positions, a, b);
      fitLabels(svg);
      this.#show(0);
    });
    plot.addEventListener('keydown', (event) => this.#onKey(event));
    plot.addEventListener('focus', () => {
      if (this.#current === -1) this.#show(0);
    });
    // Loaded because a link inside got focus: hand the focus to the graphic as a whole.
    if (plot.contains(document.activeElement) && document.activeElement !== plot) plot.focus();
  }

  /** The zoom menu above the graphic: the whole story, then (added below) each chapter and year. */
  #addZoomMenu(plot: HTMLElement): HTMLSelectElement {
    const words = uiText(this, 'overview');
    const line = document.createElement('p');
    const label = document.createElement('label');
    const zoom = document.createElement('select');
    line.className = 'overview-zoom';
    zoom.dataset['zoom'] = '';
    zoom.add(new Option(words.whole, '0 100'));
    label.append(`${words.zoomTo} `, zoom);
    line.append(label);
    plot.before(line);
    return zoom;
  }

  /** The marks in view, each with its card. */
  #visible(): { mark: SVGElement; card: HTMLElement | undefined }[] {
    return this.#marks.map((mark, i) => ({ mark, card: this.#cards[i] })).filter(({ mark }) => !mark.classList.contains('out'));
  }

  #show(index: number): void {
    const list = this.#visible();
    if (list.length === 0 || !this.#focusLine) return;
    this.#current = Math.max(0, Math.min(index, list.length - 1));
    for (const m of this.#marks) m.classList.remove('current');
    const { mark, card } = list[this.#current]!;
    mark.classList.add('current');
    this.#focusLine.hidden = false;
    this.#focusLine.textContent = fill(uiText(this, 'overview').position, { i: this.#current + 1, n: list.length, name: nameOf(card) });
  }

  #onKey(event: KeyboardEvent): void {
    const current = this.#current;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') this.#show(current + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') this.#show(current <= 0 ? 0 : current - 1);
    else if (event.key === 'Home') this.#show(0);
    else if (event.key === 'End') this.#show(this.#visible().length - 1);
    else if (event.key === 'Enter' && current >= 0) {
      const card = this.#visible()[current]?.card;
      if (!card) return;
      window.location.hash = card.id;
      card.querySelector<HTMLElement>(`${CARD_TITLE} > a`)?.focus();
    } else return;
    event.preventDefault();
  }
}

if (!customElements.get('overview-nav')) customElements.define('overview-nav', OverviewNav);
export {};
