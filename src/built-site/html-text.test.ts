import { describe, expect, it } from 'vitest';
import { readableText } from './html-text';

describe('readableText', () => {
  it('reads text and shown attributes with the language, code and island context in force', () => {
    const html =
      '<html lang="en"><head><meta name="description" content="A &amp; B"><script>var x = "终端";</script></head>' +
      '<body><p title="Copy">Hello <span lang="zh-CN">你好</span></p><pre><code>ls -la</code></pre>' +
      '<astro-island props="{&quot;a&quot;:1}"><button aria-label="推荐">x</button></astro-island><br><p>end</p></body></html>';
    const pieces = readableText(html).map((p) => [p.where, p.text.trim(), p.lang, p.inCode, p.inIsland]);
    expect(pieces).toEqual([
      ['content', 'A & B', 'en', false, false],
      ['title', 'Copy', 'en', false, false],
      ['text', 'Hello', 'en', false, false],
      ['text', '你好', 'zh-CN', false, false],
      ['text', 'ls -la', 'en', true, false],
      ['aria-label', '推荐', 'en', false, true],
      ['text', 'x', 'en', false, true],
      ['text', 'end', 'en', false, false],
    ]);
  });
});
