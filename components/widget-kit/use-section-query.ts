import { useEffect, useState } from 'preact/hooks';
import { onSectionChange } from './hash-events';
import { sectionQuery, type WidgetKind } from './hash';

/**
 * Another widget's section of the URL hash, kept current as that widget writes it (see hash-events.ts).
 * Null in the server render and the first hydrated render (so they match), and while the hash has no section.
 */
export function useSectionQuery(widget: WidgetKind, id: string): string | null {
  const [query, setQuery] = useState<string | null>(null);
  useEffect(() => {
    setQuery(sectionQuery(window.location.hash, widget, id));
    return onSectionChange(window, () => window.location.hash, widget, id, setQuery);
  }, [widget, id]);
  return query;
}
