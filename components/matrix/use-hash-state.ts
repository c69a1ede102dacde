import { useEffect, useRef } from 'preact/hooks';
import { decodeState, encodeState, type Ignored, type MatrixState, type StateDefaults } from '../../src/engine/state';

/** The hash that carries one matrix's state: `#matrix=<case id>&<encoded state>`. */
const PREFIX = 'matrix=';

/** The state part of `hash` if it belongs to this matrix, else null (another anchor, or another matrix). */
export function stateQuery(hash: string, caseId: string): string | null {
  const body = hash.replace(/^#/, '');
  const head = `${PREFIX}${encodeURIComponent(caseId)}`;
  if (body !== head && !body.startsWith(`${head}&`)) return null;
  return body.slice(head.length + 1);
}

/** The hash for a state, or '' when it equals the defaults. */
export function hashFor(state: MatrixState, defaults: StateDefaults, caseId: string): string {
  const query = encodeState(state, defaults);
  return query === '' ? '' : `#${PREFIX}${encodeURIComponent(caseId)}&${query}`;
}

/**
 * Reads the state from the URL hash once, after the first render (so the hydrated first render equals the
 * server's), and writes it back on every change without adding history entries.
 */
export function useHashState(
  caseId: string,
  defaults: StateDefaults,
  state: MatrixState,
  restore: (state: MatrixState, ignored: Ignored[]) => void,
): void {
  const loaded = useRef(false);
  useEffect(() => {
    if (!loaded.current) return;
    const hash = hashFor(state, defaults, caseId);
    const current = stateQuery(window.location.hash, caseId) === null ? window.location.hash : '';
    // Keep an unrelated anchor (e.g. a heading) when the matrix is back to its defaults.
    const next = hash || current;
    if (next !== window.location.hash) {
      history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${next}`);
    }
  }, [state]);
  // Declared after the writer so that, on mount, the writer runs first and skips (loaded is still false).
  useEffect(() => {
    const query = stateQuery(window.location.hash, caseId);
    if (query !== null) {
      const decoded = decodeState(query, defaults);
      restore(decoded.state, decoded.ignored);
    }
    loaded.current = true;
  }, []);
}
