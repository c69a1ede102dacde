import { sectionQuery, type WidgetKind } from './hash';

/**
 * Islands on one page hear each other's hash writes through this event: useHashState writes with
 * history.replaceState, which fires no `hashchange`, so it announces each write on `window` instead.
 */
export const HASH_STATE_EVENT = 'widget-hash-state';

export interface HashStateDetail {
  widget: WidgetKind;
  id: string;
}

/** Tells listeners on `target` that `widget`'s section of the hash was just written. */
export function announceHashState(target: EventTarget, detail: HashStateDetail): void {
  target.dispatchEvent(new CustomEvent<HashStateDetail>(HASH_STATE_EVENT, { detail }));
}

/**
 * Calls `listener` with the section's query (null when the hash has none) whenever that widget writes it or the
 * hash changes by navigation. Returns the function that stops listening.
 */
export function onSectionChange(
  target: EventTarget,
  readHash: () => string,
  widget: WidgetKind,
  id: string,
  listener: (query: string | null) => void,
): () => void {
  const onWrite = (event: Event) => {
    const detail = (event as CustomEvent<HashStateDetail | undefined>).detail;
    if (detail?.widget === widget && detail.id === id) listener(sectionQuery(readHash(), widget, id));
  };
  const onNavigate = () => listener(sectionQuery(readHash(), widget, id));
  target.addEventListener(HASH_STATE_EVENT, onWrite);
  target.addEventListener('hashchange', onNavigate);
  return () => {
    target.removeEventListener(HASH_STATE_EVENT, onWrite);
    target.removeEventListener('hashchange', onNavigate);
  };
}
