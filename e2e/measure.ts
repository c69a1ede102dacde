import type { Locator, Page } from '@playwright/test';

/** The smallest size, in CSS px as drawn, at which a diagram's labels stay legible. */
export const SMALLEST_LABEL_PX = 12;

/** The page scrolls sideways by this much (0 when it does not). */
export const sidewaysScroll = (page: Page) => page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - innerWidth);

/** The diagram's width on screen, its box's inner width, and its smallest label in CSS px as drawn (scaled). */
export function measureDiagram(box: Locator) {
  return box.evaluate((element) => {
    const svg = element.querySelector('svg');
    if (!svg) throw new Error('no SVG in the diagram’s box');
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const labels = [...svg.querySelectorAll('foreignObject *')].filter((el) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
    );
    const sizes = labels.map((el) => parseFloat(getComputedStyle(el).fontSize) * scale);
    return { width: svg.getBoundingClientRect().width, box: element.clientWidth, labels: labels.length, smallest: Math.min(...sizes) };
  });
}
