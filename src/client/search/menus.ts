// The filter menus' counts: each choice says how many events it would leave. A menu can hold hundreds
// of people, and every keystroke changes their counts, so a menu's options are rewritten only when the
// reader comes to it (focus, a press or a tap, before it opens), and its chosen option at once, since
// that is what a closed menu shows.

interface Entry {
  option: HTMLOptionElement;
  label: string;
  shown: string;
}

interface Menu {
  entries: Entry[];
  bySelected: Map<HTMLOptionElement, Entry>;
  /** Counts not shown yet, worked out when first read (src/lib/search/facets.ts counts on demand). */
  pending: (() => Readonly<Record<string, number>>) | null;
}

const menus = new WeakMap<HTMLSelectElement, Menu>();

const labelled = (entry: Entry, counts: Readonly<Record<string, number>>): string => `${entry.label} (${counts[entry.option.value] ?? 0})`;

function write(entry: Entry, text: string): void {
  if (entry.shown === text) return;
  entry.option.textContent = text;
  entry.shown = text;
}

function flush(menu: Menu): void {
  if (!menu.pending) return;
  const counts = menu.pending();
  menu.pending = null;
  for (const entry of menu.entries) write(entry, labelled(entry, counts));
}

/** The menu's options as first seen (each keeps its own label in `data-label`), updated when the reader comes to it. */
function menuOf(select: HTMLSelectElement): Menu {
  let menu = menus.get(select);
  if (menu) return menu;
  const entries = [...select.options].filter((o) => o.value).map((option) => ({ option, label: option.dataset['label'] ?? option.value, shown: option.textContent ?? '' }));
  const created: Menu = { entries, bySelected: new Map(entries.map((e) => [e.option, e])), pending: null };
  menus.set(select, created);
  for (const type of ['focus', 'pointerdown', 'mousedown', 'keydown'] as const) select.addEventListener(type, () => flush(created));
  return created;
}

/**
 * Shows (now or when the reader comes to the menu) how many events each choice would leave. `counts`
 * is read only then, or at once for a chosen option: while the reader types with no filter chosen,
 * no count is worked out at all.
 */
export function showMenuCounts(select: HTMLSelectElement, counts: () => Readonly<Record<string, number>>): void {
  const menu = menuOf(select);
  menu.pending = counts;
  if (select.ownerDocument.activeElement === select) {
    flush(menu);
    return;
  }
  const chosen = select.selectedOptions[0];
  const entry = chosen ? menu.bySelected.get(chosen) : undefined;
  if (entry) write(entry, labelled(entry, counts()));
}
