import { describe, expect, it } from 'vitest';
// The core's own province list, read directly: the console ships none of the core, only its tiles.
import { PROVINCES_AFTER_REFORM, PROVINCES_BEFORE_REFORM } from '../../core/src/geography/provinces.data.js';
import { gridSize, shareColour, TILE_MAPS, type TileMapKind } from './province-tiles.js';

const PROVINCES: Record<TileMapKind, readonly (readonly [string, string, ...unknown[]])[]> = {
  HISTORICAL: PROVINCES_BEFORE_REFORM,
  CURRENT: PROVINCES_AFTER_REFORM,
};

describe.each(['HISTORICAL', 'CURRENT'] as const)('the %s tile map', (kind) => {
  const tiles = TILE_MAPS[kind];

  it('places every province of the map exactly once, and nothing else', () => {
    const codes = tiles.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(PROVINCES[kind].map(([code]) => code).sort());
  });

  it('puts no two provinces on one tile, all inside the grid', () => {
    const { cols, rows } = gridSize(tiles);
    const places = tiles.map((t) => `${t.col},${t.row}`);
    expect(new Set(places).size).toBe(tiles.length);
    for (const t of tiles) {
      expect(t.col).toBeGreaterThanOrEqual(0);
      expect(t.row).toBeGreaterThanOrEqual(0);
      expect(t.col).toBeLessThan(cols);
      expect(t.row).toBeLessThan(rows);
    }
  });

  it("names each tile after the province's official name", () => {
    const names = new Map(PROVINCES[kind].map(([code, name]) => [code, name]));
    for (const t of tiles) expect(names.get(t.code)).toContain(t.name);
  });

  it('keeps the north above the south: Hà Nội above Huế above Hồ Chí Minh above Cà Mau', () => {
    const row = (code: string) => tiles.find((t) => t.code === code)!.row;
    expect(row('01')).toBeLessThan(row('46'));
    expect(row('46')).toBeLessThan(row('79'));
    expect(row('79')).toBeLessThan(row('96'));
  });
});

describe('shareColour', () => {
  it('is grey without a value and darker for a larger share', () => {
    expect(shareColour(null)).toBe('#e0e0e0');
    expect(shareColour(Number.NaN)).toBe('#e0e0e0');
    expect(shareColour(0)).toBe('#edf8e9');
    expect(shareColour(1)).toBe('#006d2c');
    expect(shareColour(0.5)).not.toBe(shareColour(0.1));
  });
});
