// Inside an embed: applies the look and the filters of the address, and tells the host page its height.
import { EMBED_MESSAGE_TYPE, isFiltered, matchesEmbedQuery, parseEmbedQuery } from '../lib/embed.ts';
import { fill, uiText } from './ui-text.ts';

const query = parseEmbedQuery(window.location.search);
if (query.look !== 'auto') document.documentElement.dataset['look'] = query.look;

const list = document.querySelector<HTMLElement>('[data-embed-list]');
const status = document.querySelector<HTMLElement>('[data-embed-status]');
if (list && isFiltered(query)) {
  const items = [...list.querySelectorAll<HTMLElement>('[data-embed-item]')];
  const words = (key: string, item: HTMLElement): string[] => (item.dataset[key] ?? '').split(' ').filter(Boolean);
  let shown = 0;
  for (const item of items) {
    const match = matchesEmbedQuery(
      { text: item.textContent ?? '', people: words('people', item), themes: words('themes', item), outlets: words('outlets', item), years: words('years', item) },
      query,
    );
    item.hidden = !match;
    if (match) shown++;
  }
  if (status) {
    const words = uiText(status, 'embed');
    status.textContent = fill(shown === 0 ? words.none : words.shown, { shown, total: items.length });
  }
}

// The optional host script sets the frame to this height; without it nothing listens and the frame keeps its own.
if (window.parent !== window) {
  let last = 0;
  const report = (): void => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: EMBED_MESSAGE_TYPE, height, href: window.location.href }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener('load', report);
}
