import { useEffect, useRef } from 'preact/hooks';
import { sectionQuery, withSection, type WidgetKind } from './hash';
import { announceHashState } from './hash-events';
import type { Ignored, WidgetCodec } from './params';

/**
 * Keeps one widget's state in its section of the URL hash (see hash.ts), beside the other widgets' sections.
 * Reads the section once, after the first render (so that the hydrated first render equals the server's), and
 * writes it back on every change without adding history entries, announcing each write to the page's other
 * islands (see hash-events.ts).
 */
export function useHashState<S>(
  widget: WidgetKind,
  id: string,
  codec: WidgetCodec<S>,
  state: S,
  restore: (state: S, ignored: Ignored[]) => void,
): void {
  const loaded = useRef(false);
  useEffect(() => {
    if (!loaded.current) return;
    const next = withSection(window.location.hash, widget, id, codec.encode(state));
    if (next !== window.location.hash) {
      history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${next}`);
      announceHashState(window, { widget, id });
    }
  }, [state]);
  // Declared after the writer so that, on mount, the writer runs first and skips (loaded is still false).
  useEffect(() => {
    const query = sectionQuery(window.location.hash, widget, id);
    if (query !== null) {
      const decoded = codec.decode(query);
      restore(decoded.state, decoded.ignored);
    }
    loaded.current = true;
  }, []);
}
