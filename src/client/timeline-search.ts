// <timeline-search>: the tiny starter. The box is already on screen (CSS hides it where scripts do
// not run); this loads the search code and its index only when the reader first uses it, or arrives
// with a search in the address.
const STATE_KEYS = ['q', 'person', 'theme', 'outlet', 'year'];

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

class TimelineSearch extends HTMLElement {
  #loading: Promise<void> | undefined;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) return;
    // Filters fold behind one control on narrow screens; on wide ones they start open.
    const fold = this.querySelector<HTMLDetailsElement>('[data-filter-fold]');
    const params0 = new URLSearchParams(window.location.search);
    if (fold && (window.matchMedia('(min-width: 48rem)').matches || ['person', 'theme', 'outlet', 'year'].some((k) => params0.get(k)))) fold.open = true;
    const load = () => {
      this.#loading ??= import('./search-app.ts').then((app) => app.startSearch(this));
      return this.#loading;
    };
    this.addEventListener('focusin', load, { once: true });
    this.addEventListener('pointerdown', load, { once: true });
    // The filters' choices come with the index: start fetching it as the pointer comes to them.
    this.querySelector('.filters')?.addEventListener('pointerover', load, { once: true });
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void load();
    });
    const params = new URLSearchParams(window.location.search);
    if (STATE_KEYS.some((key) => params.get(key))) void load();
    document.addEventListener('keydown', (event) => {
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target)) {
        event.preventDefault();
        input.focus();
      }
    });
  }
}

if (!customElements.get('timeline-search')) customElements.define('timeline-search', TimelineSearch);
