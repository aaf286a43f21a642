// The interface words of browser code come from the page, in its language: a `data-ui` attribute
// holding JSON (written by the component from src/i18n/*.ts), with `{name}` slots filled here.

/** The words an element carries in `data-ui`; an empty set if it carries none. */
export function uiText<T extends Record<string, string>>(element: HTMLElement): Partial<T> {
  try {
    return JSON.parse(element.dataset['ui'] ?? '{}') as Partial<T>;
  } catch {
    return {};
  }
}

/** A template with its `{name}` slots filled: `fill('{n} events', { n: 3 })` is `3 events`. */
export function fill(template: string | undefined, values: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
