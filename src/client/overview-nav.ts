// <overview-nav>: makes the build-time overview one tab stop. Left and right arrows (Home, End) move
// between events with a visible label; Enter goes to the event in the list; a select zooms into a
// chapter or a year by re-placing the marks (their days are in data-* attributes). Small on purpose.

class OverviewNav extends HTMLElement {
  connectedCallback(): void {
    const plot = this.querySelector<HTMLElement>('.overview-plot');
    const focusLine = this.querySelector<HTMLElement>('[data-focus]');
    const zoom = this.querySelector<HTMLSelectElement>('select[data-zoom]');
    if (!plot || !focusLine || !zoom) return;
    const days = Number(this.dataset['days']) || 1;
    const marks = [...this.querySelectorAll<SVGElement>('[data-mark]')];
    const names = new Map<string, string>();
    for (const target of this.querySelectorAll<SVGAElement>('a.target')) {
      target.setAttribute('tabindex', '-1');
      const ids = (target.dataset['events'] ?? '').split(' ');
      if (ids.length === 1) names.set(ids[0]!, target.getAttribute('aria-label') ?? '');
    }
    for (const link of this.querySelectorAll('a')) link.setAttribute('tabindex', '-1');
    // Each event's name, from its card in the list (the overview holds group names only).
    const nameOf = (id: string): string => {
      const card = document.getElementById(id);
      const date = card?.querySelector('time')?.textContent ?? '';
      const title = card?.querySelector('.event-title')?.textContent ?? '';
      return names.get(id) ?? `${date}: ${title}`;
    };
    plot.tabIndex = 0;
    plot.setAttribute('role', 'group');
    plot.setAttribute('aria-label', 'Overview. Left and right arrows move between events, Enter opens the event in the list.');
    this.querySelector('.overview-zoom')?.removeAttribute('hidden');

    let range: [number, number] = [0, days];
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

    const place = (el: SVGElement): void => {
      const [a, b] = range;
      const span = b - a;
      const pct = (d: number) => `${(((d - a) / span) * 100).toFixed(2)}%`;
      const at = el.dataset['at'];
      const from = Number(el.dataset['from'] ?? at);
      const to = Number(el.dataset['to'] ?? at);
      const out = to < a || from > b;
      el.classList.toggle('out', out);
      if (el.tagName === 'circle') el.setAttribute('cx', pct(from));
      else if (el.tagName === 'line') {
        el.setAttribute('x1', pct(from));
        el.setAttribute('x2', pct(from));
      } else if (el.tagName === 'text') el.setAttribute('x', pct(from));
      else if (el.tagName === 'rect') {
        const left = Math.max(from, a);
        el.setAttribute('x', pct(el.dataset['from'] === undefined ? from : left));
        if (el.dataset['to'] !== undefined) el.setAttribute('width', `${(((Math.min(to, b) - left) / span) * 100).toFixed(2)}%`);
      }
    };
    const placeAll = (): void => {
      for (const el of this.querySelectorAll<SVGElement>('svg [data-at], svg [data-from]')) place(el);
      for (const label of this.querySelectorAll<SVGElement>('.key-label')) {
        label.classList.toggle('out', label.querySelector('.out') !== null);
      }
    };

    zoom.addEventListener('change', () => {
      const [a, b] = zoom.value.split('-').map(Number) as [number, number];
      range = [a, b];
      placeAll();
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
  }
}

if (!customElements.get('overview-nav')) customElements.define('overview-nav', OverviewNav);
