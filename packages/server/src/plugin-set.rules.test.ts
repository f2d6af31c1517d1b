import { describe, expect, it } from 'vitest';
import {
  canonicalPluginSet,
  comparePluginSets,
  describePluginSetDifference,
  isSamePluginSet,
  type PluginSetEntry,
} from './plugin-set.rules.js';

const p = (id: string, version: string): PluginSetEntry => ({ id, version });

describe('comparePluginSets', () => {
  it.each([
    {
      name: 'same set in another order',
      recorded: [p('b', '1'), p('a', '2')],
      loaded: [p('a', '2'), p('b', '1')],
      same: true,
    },
    { name: 'both empty', recorded: [], loaded: [], same: true },
    { name: 'a plugin added', recorded: [p('a', '1')], loaded: [p('a', '1'), p('b', '1')], same: false },
    { name: 'a plugin removed', recorded: [p('a', '1'), p('b', '1')], loaded: [p('a', '1')], same: false },
    { name: 'a version changed', recorded: [p('a', '1.0.0')], loaded: [p('a', '1.1.0')], same: false },
  ])('$name', ({ recorded, loaded, same }) => {
    expect(isSamePluginSet(comparePluginSets(recorded, loaded))).toBe(same);
  });

  it('names each difference by kind', () => {
    const d = comparePluginSets(
      [p('ha-nam', '1.0.0'), p('thai-binh', '1.0.0')],
      [p('ha-nam', '1.2.0'), p('dong-thap', '0.3.0')],
    );
    expect(d).toEqual({
      added: [p('dong-thap', '0.3.0')],
      removed: [p('thai-binh', '1.0.0')],
      changed: [{ id: 'ha-nam', recorded: '1.0.0', loaded: '1.2.0' }],
    });
    expect(describePluginSetDifference(d)).toBe(
      '+dong-thap@0.3.0 (thêm / not recorded); -thai-binh@1.0.0 (thiếu / not loaded); ha-nam 1.0.0 → 1.2.0 (khác phiên bản / version differs)',
    );
  });

  it('orders a set canonically by id and drops anything but id and version', () => {
    const loose = [{ id: 'z', version: '1', extra: true } as PluginSetEntry, p('a', '2')];
    expect(canonicalPluginSet(loose)).toEqual([p('a', '2'), p('z', '1')]);
  });
});
