import { readSections } from './hash';

/** The first widget on this page that a hash names (`#matrix=edge&…` names the matrix whose id is edge). */
function linkedWidget(hash: string): Element | null {
  return (
    readSections(hash)
      .map((s) => document.querySelector(`[data-widget="${s.widget}"][data-widget-id="${CSS.escape(s.id)}"]`))
      .find((element) => element !== null) ?? null
  );
}

/**
 * A link that carries a widget's state (`#matrix=edge&…`) names no element, so the browser stays at the top
 * of the page, and a widget that hydrates when visible would never see its state. This brings the first linked
 * widget into view; it then hydrates and restores the state itself.
 */
linkedWidget(window.location.hash)?.scrollIntoView({ block: 'start' });

/**
 * A link within the page to a widget (`#matrix=edge`, as the decision summary has) lands on the widget's id. When
 * the hash already holds state that a reader set in some widget, following the link would replace it, and a copied
 * link would lose it: then the link only scrolls.
 */
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  if (!(link instanceof HTMLAnchorElement) || readSections(window.location.hash).length === 0) return;
  const widget = linkedWidget(link.hash);
  if (!widget) return;
  event.preventDefault();
  widget.scrollIntoView({ block: 'start' });
});
