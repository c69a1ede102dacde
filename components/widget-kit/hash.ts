/**
 * The URL hash that carries widget state. Several widgets share it, one section each, in the order written:
 *
 *   #matrix=edge&w.startup=0.4&calc=edge&cold=5&advisor&device=usb
 *
 * A parameter named after a widget (`matrix`, `calc`, `advisor`) opens that widget's section; its value is the
 * widget's id on the page (empty for the advisor); the parameters after it, up to the next widget name, are the
 * widget's own. A link written when one widget owned the whole hash (`#matrix=edge&w.startup=0.4`) is simply a
 * hash with one section, so old links keep working. A hash with no section is a plain anchor (`#evaluation`).
 * Pure: no DOM. Never throws.
 */
export const WIDGETS = ['matrix', 'calc', 'advisor'] as const;
export type WidgetKind = (typeof WIDGETS)[number];

export interface Section {
  widget: WidgetKind;
  /** The widget's id as written (decoded), e.g. a case id; '' for the advisor. */
  id: string;
  /** The widget's own parameters, still URL-encoded, without the heading parameter. */
  query: string;
}

const isWidget = (key: string): key is WidgetKind => (WIDGETS as readonly string[]).includes(key);

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The sections of a hash, in order; [] for a plain anchor or an empty hash. */
export function readSections(hash: string): Section[] {
  const body = String(hash).replace(/^#/, '');
  if (body === '') return [];
  const sections: Section[] = [];
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    const key = decodeComponent(eq < 0 ? part : part.slice(0, eq));
    if (isWidget(key)) {
      sections.push({ widget: key, id: eq < 0 ? '' : decodeComponent(part.slice(eq + 1)), query: '' });
    } else {
      const current = sections.at(-1);
      // Parameters before any widget's heading: the hash is an anchor or foreign, not ours.
      if (!current) return [];
      current.query = current.query === '' ? part : `${current.query}&${part}`;
    }
  }
  return sections;
}

/** The query of the section for this widget and id, or null when the hash has none. */
export function sectionQuery(hash: string, widget: WidgetKind, id: string): string | null {
  return readSections(hash).find((s) => s.widget === widget && s.id === id)?.query ?? null;
}

function heading(widget: WidgetKind, id: string): string {
  return id === '' ? widget : `${widget}=${encodeURIComponent(id.toWellFormed())}`;
}

/**
 * The hash with this widget's section set to `query` (removed when `query` is '', i.e. the widget is at its
 * defaults), every other widget's section kept in place. A plain anchor is kept while no widget has state.
 */
export function withSection(hash: string, widget: WidgetKind, id: string, query: string): string {
  const sections = readSections(hash);
  const anchor = sections.length === 0 ? String(hash).replace(/^#/, '') : '';
  const index = sections.findIndex((s) => s.widget === widget && s.id === id);
  if (query === '') {
    if (index >= 0) sections.splice(index, 1);
  } else if (index >= 0) {
    sections[index] = { widget, id, query };
  } else {
    sections.push({ widget, id, query });
  }
  if (sections.length === 0) return anchor === '' ? '' : `#${anchor}`;
  return `#${sections.map((s) => (s.query === '' ? heading(s.widget, s.id) : `${heading(s.widget, s.id)}&${s.query}`)).join('&')}`;
}
