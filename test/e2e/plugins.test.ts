import dongThap from '@hoctap/plugin-dong-thap';
import haNam from '@hoctap/plugin-ha-nam';
import thaiBinh from '@hoctap/plugin-thai-binh';
import type { PluginDefinition } from '@hoctap/plugin-sdk';
import { createTestPlatform } from '@hoctap/plugin-sdk/testing';
import { describe, expect, it } from 'vitest';

const FIRST_PARTY: [string, PluginDefinition][] = [
  ['dong-thap', dongThap],
  ['ha-nam', haNam],
  ['thai-binh', thaiBinh],
];

const LIST = '{ plugins { id provinces { code from until } contributes { types rootFields plans criteriaSets } } }';
type Listed = { plugins: { id: string; provinces: { code: string }[] }[] };

describe('the first-party plugins', () => {
  it.each(FIRST_PARTY)('%s loads alone', async (id, plugin) => {
    const platform = await createTestPlatform({ plugins: [plugin] });
    try {
      const r = await platform.execute<Listed>(LIST);
      expect(r.errors).toBeUndefined();
      expect(r.data?.plugins.map((p) => p.id)).toEqual([id]);
    } finally {
      await platform.close();
    }
  });

  it('load together, each with its own provinces', async () => {
    const platform = await createTestPlatform({ plugins: FIRST_PARTY.map(([, p]) => p) });
    try {
      const r = await platform.execute<Listed>(LIST);
      expect(r.data?.plugins.map((p) => [p.id, p.provinces.map((c) => c.code)])).toEqual([
        ['dong-thap', ['87', '82']],
        ['ha-nam', ['35']],
        ['thai-binh', ['34']],
      ]);
    } finally {
      await platform.close();
    }
  });
});
