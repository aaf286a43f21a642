// <copy-button data-target="id">: copies the text of the element with that id; shown only when JavaScript runs.
class CopyButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const target = document.getElementById(this.dataset['target'] ?? '');
    if (!button || !target || !navigator.clipboard) return;
    this.hidden = false;
    button.addEventListener('click', async () => {
      const text = (target.textContent ?? '').replace(/\s+/g, ' ').trim();
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = 'Copied';
      } catch {
        if (status) status.textContent = 'Copying failed: select the text and copy it';
      }
      window.setTimeout(() => {
        if (status) status.textContent = '';
      }, 4000);
    });
  }
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
