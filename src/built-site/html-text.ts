/**
 * The text a reader meets in a built page, read without a browser: text nodes and the attributes that are
 * read aloud or shown (titles, labels, alt text, the copy button's message, meta descriptions). Each piece
 * carries the language in force (the nearest `lang`) and whether it sits in code or in an island, which
 * renders strings of its own. Built pages are well-formed, so a small tokenizer is enough.
 */
export interface TextPiece {
  text: string;
  /** `text`, or the attribute's name. */
  where: string;
  lang: string | undefined;
  inCode: boolean;
  inIsland: boolean;
}

const READ_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'placeholder', 'data-copied', 'content']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TOKEN = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower] ?? e;
  });
}

interface Open {
  name: string;
  lang: string | undefined;
  code: boolean;
  island: boolean;
}

export function readableText(html: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const stack: Open[] = [];
  const top = (): Open => stack[stack.length - 1] ?? { name: '', lang: undefined, code: false, island: false };
  for (const m of html.matchAll(TOKEN)) {
    const [, , closing, opening, rawAttributes = '', selfClosing, text] = m;
    if (text !== undefined) {
      const { lang, code, island } = top();
      if (text.trim()) pieces.push({ text: decodeEntities(text), where: 'text', lang, inCode: code, inIsland: island });
    } else if (closing) {
      const name = closing.toLowerCase();
      const at = stack.map((o) => o.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
    } else if (opening) {
      const name = opening.toLowerCase();
      const attributes = new Map([...rawAttributes.matchAll(ATTRIBUTE)].map((a) => [a[1]?.toLowerCase() ?? '', decodeEntities(a[2] ?? a[3] ?? a[4] ?? '')]));
      const parent = top();
      const here: Open = {
        name,
        lang: attributes.get('lang') ?? parent.lang,
        code: parent.code || name === 'code' || name === 'pre',
        island: parent.island || name === 'astro-island',
      };
      for (const [attribute, value] of attributes) {
        if (READ_ATTRIBUTES.has(attribute) && value.trim()) {
          pieces.push({ text: value, where: attribute, lang: here.lang, inCode: here.code, inIsland: here.island });
        }
      }
      if (!selfClosing && !VOID.has(name)) stack.push(here);
    }
  }
  return pieces;
}
