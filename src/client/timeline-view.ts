// <timeline-view>: switches the timeline between full and compact in place and keeps the choice in
// the address (?view=compact). Without it, the links go to the compact page and back.
const KEY = 'view';

class TimelineView extends HTMLElement {
  connectedCallback(): void {
    const list = document.querySelector<HTMLElement>('[data-timeline]');
    const links = [...this.querySelectorAll<HTMLAnchorElement>('[data-view-link]')];
    // Only a list built in full holds the details and can switch in place (the compact page's has none).
    if (list?.dataset['view'] !== 'full') return;
    const apply = (view: string): void => {
      list.dataset['view'] = view;
      for (const link of links) {
        if (link.dataset['viewLink'] === view) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    };
    const params = new URLSearchParams(window.location.search);
    apply(params.get(KEY) === 'compact' ? 'compact' : 'full');
    for (const link of links) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const view = link.dataset['viewLink'] ?? 'full';
        const next = new URLSearchParams(window.location.search);
        if (view === 'compact') next.set(KEY, 'compact');
        else next.delete(KEY);
        const query = next.toString();
        window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
        apply(view);
      });
    }
  }
}

if (!customElements.get('timeline-view')) customElements.define('timeline-view', TimelineView);
