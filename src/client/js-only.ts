// <js-only>: content rendered hidden that shows itself only where scripts run, such as a search
// form whose results need the search island. Without JavaScript it stays hidden and the page's
// browse links serve instead.
class JsOnly extends HTMLElement {
  connectedCallback(): void {
    this.hidden = false;
  }
}

if (!customElements.get('js-only')) customElements.define('js-only', JsOnly);
