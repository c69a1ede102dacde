import type { Translate } from '../../src/i18n/translate';
import type { UiKey } from '../../src/i18n/ui';
import type { Ignored } from './params';

/** What a link held that a widget could not use, as one sentence in the page's language; null when nothing. */
export function ignoredText(tr: Translate, ignored: readonly Ignored[]): string | null {
  if (ignored.length === 0) return null;
  return tr('link.ignored', { items: ignored.map((i) => tr(`link.ignore.${i.problem}` as UiKey, { setting: i.setting })).join('; ') });
}
