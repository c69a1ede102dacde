import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { formatCell } from './calc-format';

describe('formatCell', () => {
  it('formats per unit and locale', () => {
    expect(formatCell('en', translate('en'), 1.5003, 'USD')).toBe('1.50 USD');
    expect(formatCell('zh', translate('zh'), 1234.5, 'USD')).toBe('1,234.50 美元');
    expect(formatCell('en', translate('en'), 22, 'count')).toBe('22');
    expect(formatCell('en', translate('en'), 14.2857, '%')).toBe('14.3%');
    expect(formatCell('zh', translate('zh'), 0.3, 's')).toBe('0.3 秒');
    expect(formatCell('en', translate('en'), null, 'MB')).toBe('–');
  });
});
