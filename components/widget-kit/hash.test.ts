import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSections, sectionQuery, WIDGETS, withSection } from './hash';

describe('widget sections of the URL hash', () => {
  it('reads links written when one widget owned the whole hash', () => {
    expect(sectionQuery('#matrix=edge&w.startup=0.4', 'matrix', 'edge')).toBe('w.startup=0.4');
    expect(sectionQuery('#calc=edge-density&device-ram=512', 'calc', 'edge-density')).toBe('device-ram=512');
    expect(sectionQuery('#advisor&device=usb', 'advisor', '')).toBe('device=usb');
    expect(sectionQuery('#advisor', 'advisor', '')).toBe('');
  });

  it('tells widgets, ids and plain anchors apart', () => {
    expect(sectionQuery('#matrix=edge&w.startup=1', 'matrix', 'serverless')).toBeNull();
    expect(sectionQuery('#matrix=edgex', 'matrix', 'edge')).toBeNull();
    expect(sectionQuery('#matrix=edge', 'calc', 'edge')).toBeNull();
    expect(readSections('#evaluation')).toEqual([]);
    expect(readSections('#w.startup=1&matrix=edge')).toEqual([]);
    expect(readSections('')).toEqual([]);
  });

  it('keeps every other widget’s state when one widget writes', () => {
    const calc = withSection('', 'calc', 'edge', 'device-ram=512');
    const both = withSection(calc, 'matrix', 'edge', 'w.startup=1&rm=a');
    expect(both).toBe('#calc=edge&device-ram=512&matrix=edge&w.startup=1&rm=a');
    expect(sectionQuery(both, 'calc', 'edge')).toBe('device-ram=512');
    expect(sectionQuery(both, 'matrix', 'edge')).toBe('w.startup=1&rm=a');
    const edited = withSection(both, 'calc', 'edge', 'device-ram=1024');
    expect(edited).toBe('#calc=edge&device-ram=1024&matrix=edge&w.startup=1&rm=a');
    expect(withSection(edited, 'calc', 'edge', '')).toBe('#matrix=edge&w.startup=1&rm=a');
  });

  it('keeps a plain anchor until a widget has state, and never writes an empty section', () => {
    expect(withSection('#evaluation', 'matrix', 'edge', '')).toBe('#evaluation');
    expect(withSection('#evaluation', 'matrix', 'edge', 'w.a=1')).toBe('#matrix=edge&w.a=1');
    expect(withSection('#matrix=edge&w.a=1', 'matrix', 'edge', '')).toBe('');
    expect(withSection('', 'advisor', '', 'device=usb')).toBe('#advisor&device=usb');
  });

  it('any widget’s write leaves the others exactly as they were (property)', () => {
    // A widget's own parameters are never named after a widget (the calculator schema forbids such field ids).
    const param = fc.stringMatching(/^[a-z][a-z.-]{0,8}=[a-z0-9.%-]{0,8}$/).filter((p) => !(WIDGETS as readonly string[]).includes(p.split('=')[0] ?? ''));
    const query = fc.array(param, { maxLength: 4 }).map((p) => p.join('&'));
    const section = fc.record({ widget: fc.constantFrom(...WIDGETS), id: fc.constantFrom('', 'edge', 'serverless', '边缘 计算'), query });
    fc.assert(
      fc.property(fc.array(section, { maxLength: 4 }), section, (writes, last) => {
        let hash = '';
        for (const w of writes) hash = withSection(hash, w.widget, w.id, w.query);
        const before = readSections(hash).filter((s) => !(s.widget === last.widget && s.id === last.id));
        const after = withSection(hash, last.widget, last.id, last.query);
        expect(sectionQuery(after, last.widget, last.id)).toBe(last.query === '' ? null : last.query);
        expect(readSections(after).filter((s) => !(s.widget === last.widget && s.id === last.id))).toEqual(before);
      }),
    );
  });
});
