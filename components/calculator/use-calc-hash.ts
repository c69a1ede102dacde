import { useEffect, useRef } from 'preact/hooks';
import type { CalculatorSpec, Values } from '../../src/engine/calculators/types';
import { calcQuery, decodeValues, hashFor, type Ignored } from '../../src/engine/calculators/url-state';

/**
 * Reads a calculator's values from the URL hash once, after the first render (so that the hydrated first render
 * equals the server's), and writes them back on every change without adding history entries. A hash that
 * belongs to another widget or is a plain anchor is left alone while this calculator is at its defaults.
 */
export function useCalcHash(spec: CalculatorSpec, values: Values, restore: (values: Record<string, number | string>, ignored: Ignored[]) => void): void {
  const loaded = useRef(false);
  useEffect(() => {
    if (!loaded.current) return;
    const own = calcQuery(window.location.hash, spec.id) !== null;
    const next = hashFor(spec, values) || (own ? '' : window.location.hash);
    if (next !== window.location.hash) {
      history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${next}`);
    }
  }, [values]);
  // Declared after the writer so that, on mount, the writer runs first and skips (loaded is still false).
  useEffect(() => {
    const query = calcQuery(window.location.hash, spec.id);
    if (query !== null) {
      const decoded = decodeValues(query, spec);
      restore(decoded.values, decoded.ignored);
    }
    loaded.current = true;
  }, []);
}
