// The search state and the address: the form's state, pushed or replaced in history, restored on Back.
import { readSearchState, sameSearchState, withSearchState, type SearchState } from '../../lib/search/params.ts';
import type { SearchHooks } from './hooks.ts';

/** How long typing pauses before the search runs. */
export const TYPING_PAUSE_MS = 150;

/** What the form says now. */
export function formState(search: SearchHooks): SearchState {
  const state: SearchState = { ...readSearchState(''), q: search.input.value };
  for (const [name, select] of search.selects) state[name] = select.value;
  return state;
}

/** The address for a state: the page's own, other parameters and the fragment kept. */
function stateUrl(state: SearchState): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${withSearchState(search, state)}${hash}`;
}

/** Records `state` in history (a new entry, or in place of the current one) when it differs from the address. */
export function recordState(state: SearchState, mode: 'push' | 'replace'): void {
  if (sameSearchState(state, readSearchState(window.location.search))) return;
  if (mode === 'push') window.history.pushState(null, '', stateUrl(state));
  else window.history.replaceState(null, '', stateUrl(state));
}

/**
 * Wires the form to `show`. Typing replaces the current history entry after the first keystroke pushed
 * one, so Back returns to the state before the reader began typing, not letter by letter.
 */
export function connectForm(search: SearchHooks, show: (state: SearchState) => void): { commit: (mode: 'push' | 'replace') => void; typing: (on: boolean) => void } {
  const { input, form } = search;
  let typing = false;
  let timer: number | undefined;
  const commit = (mode: 'push' | 'replace'): void => {
    const next = formState(search);
    recordState(next, mode);
    show(next);
  };
  const now = (mode: 'push' | 'replace'): void => {
    window.clearTimeout(timer);
    typing = false;
    commit(mode);
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      commit(typing ? 'replace' : 'push');
      typing = true;
    }, TYPING_PAUSE_MS);
  });
  input.addEventListener('change', () => (typing = false));
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !input.value) return;
    event.preventDefault();
    input.value = '';
    now('push');
  });
  for (const select of search.selects.values()) select.addEventListener('change', () => now('push'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    commit(typing ? 'replace' : 'push');
    typing = false;
  });
  search.clear?.addEventListener('click', () => {
    input.value = '';
    for (const select of search.selects.values()) select.value = '';
    now('push');
    input.focus();
  });
  window.addEventListener('popstate', () => {
    typing = false;
    const state = readSearchState(window.location.search);
    input.value = state.q;
    show(state);
  });
  return { commit, typing: (on) => (typing = on) };
}
