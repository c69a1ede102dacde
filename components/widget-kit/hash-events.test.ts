import { describe, expect, it } from 'vitest';
import { announceHashState, onSectionChange } from './hash-events';

describe('hash write announcements', () => {
  it('hands the listener the section of the widget that wrote, and nothing for other widgets', () => {
    const target = new EventTarget();
    let hash = '#matrix=edge&src=calc&calc=edge-density&device-ram=1024';
    const heard: (string | null)[] = [];
    const stop = onSectionChange(target, () => hash, 'calc', 'edge-density', (q) => heard.push(q));
    announceHashState(target, { widget: 'calc', id: 'edge-density' });
    announceHashState(target, { widget: 'matrix', id: 'edge' });
    announceHashState(target, { widget: 'calc', id: 'other' });
    hash = '#matrix=edge';
    target.dispatchEvent(new Event('hashchange'));
    expect(heard).toEqual(['device-ram=1024', null]);
    stop();
    announceHashState(target, { widget: 'calc', id: 'edge-density' });
    expect(heard).toHaveLength(2);
  });

  it('ignores an event of the same name without a detail', () => {
    const target = new EventTarget();
    const heard: unknown[] = [];
    onSectionChange(target, () => '#calc=x&a=1', 'calc', 'x', (q) => heard.push(q));
    target.dispatchEvent(new Event('widget-hash-state'));
    expect(heard).toEqual([]);
  });
});
