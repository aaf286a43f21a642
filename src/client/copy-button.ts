// <copy-button data-target="id">: copies the element with that id; shown only when JavaScript runs.
// Citations go on the clipboard twice, as rich text (text/html, titles in italics) and as plain text,
// so a word processor keeps the italics and a plain field gets clean text. `data-format="plain"`
// (code to paste) copies plain text only.
import { uiText } from './ui-text.ts';
class CopyButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const target = document.getElementById(this.dataset['target'] ?? '');
    if (!button || !target || !navigator.clipboard) return;
    const plainOnly = this.dataset['format'] === 'plain';
    const words = uiText(this, 'copy');
    this.hidden = false;
    button.addEventListener('click', async () => {
      const text = plainOnly ? (target.textContent ?? '').trim() : (target.textContent ?? '').replace(/\s+/g, ' ').trim();
      try {
        if (!plainOnly && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
          await navigator.clipboard.write([
            new ClipboardItem({
              'text/html': new Blob([richHtml(target)], { type: 'text/html' }),
              'text/plain': new Blob([text], { type: 'text/plain' }),
            }),
          ]);
        } else {
          await navigator.clipboard.writeText(text);
        }
        if (status) status.textContent = words.copied;
      } catch {
        if (status) status.textContent = words.failed;
      }
      window.setTimeout(() => {
        if (status) status.textContent = '';
      }, 4000);
    });
  }
}

/** The element's text with its italics (`<i>`, `<em>`, `<cite>`) as `<i>`, everything else escaped: nothing else of the page travels. */
function richHtml(root: Element): string {
  const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return escape(node.textContent ?? '');
    if (!(node instanceof Element)) return '';
    const inner = [...node.childNodes].map(walk).join('');
    return ['I', 'EM', 'CITE'].includes(node.tagName) ? `<i>${inner}</i>` : inner;
  };
  return walk(root).replace(/\s+/g, ' ').trim();
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
