import { describe, expect, it } from 'vitest';
import { t, ui, type UiKey } from './ui';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it.each(Object.keys(ui) as UiKey[])('%s has both languages with the same placeholders', (key) => {
    const { zh, en } = ui[key];
    expect(zh.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(placeholders(zh)).toEqual(placeholders(en));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'matrix.remove', { option: 'gVisor' })).toBe('Remove gVisor');
    expect(t('zh', 'matrix.remove')).toBe('移除 {option}');
  });
});
