import { readSections } from './hash';

/**
 * A link that carries a widget's state (`#matrix=edge&…`) names no element, so the browser stays at the top
 * of the page, and a widget that hydrates when visible would never see its state. This brings the first linked
 * widget into view; it then hydrates and restores the state itself.
 */
const first = readSections(window.location.hash)
  .map((s) => document.querySelector(`[data-widget="${s.widget}"][data-widget-id="${CSS.escape(s.id)}"]`))
  .find((element) => element !== null);
first?.scrollIntoView({ block: 'start' });
