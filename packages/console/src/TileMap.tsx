import type { MapKind } from './explorer-state.js';
import { gridSize, shareColour, TILE_MAPS } from './province-tiles.js';

const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });
const vi = new Intl.NumberFormat('vi-VN');

/**
 * Provinces as tiles at their rough place, coloured by the value: a share as it is, a count
 * relative to the largest. A province without a value is grey, and says why.
 */
export function TileMap({
  map,
  values,
  ratio,
  suppressed,
}: {
  map: MapKind;
  values: ReadonlyMap<string, number | null>;
  ratio: boolean;
  suppressed: boolean;
}) {
  const tiles = TILE_MAPS[map];
  const { cols, rows } = gridSize(tiles);
  const max = Math.max(0, ...[...values.values()].filter((v): v is number => v !== null));
  return (
    <figure className="tiles-figure">
      <figcaption>
        {map === 'CURRENT'
          ? 'Bản đồ 34 tỉnh, thành (từ 1/7/2025) / Today’s 34 provinces'
          : 'Bản đồ 63 tỉnh, thành (trước 1/7/2025) / The 63 provinces before 1/7/2025'}
      </figcaption>
      <ol
        className="tiles"
        data-testid="tiles"
        data-map={map}
        style={{ gridTemplateColumns: `repeat(${cols}, 1fr)`, gridTemplateRows: `repeat(${rows}, auto)` }}
      >
        {tiles.map((t) => {
          const value = values.get(t.code);
          const share = value == null ? null : ratio ? value : max > 0 ? value / max : 0;
          const shown =
            value == null
              ? values.has(t.code) && suppressed
                ? 'ẩn'
                : '—'
              : ratio
                ? percent.format(value)
                : vi.format(value);
          const why =
            value == null
              ? values.has(t.code) && suppressed
                ? 'bị ẩn: ít hơn 5 người / suppressed: fewer than 5 people'
                : 'không có số liệu / no data'
              : shown;
          return (
            <li
              key={t.code}
              data-code={t.code}
              style={{
                gridColumn: t.col + 1,
                gridRow: t.row + 1,
                background: shareColour(share),
                color: share !== null && share > 0.6 ? '#fff' : '#111',
              }}
              title={`${t.name}: ${why}`}
            >
              <span className="tile-name">{t.name}</span>
              <span className="tile-value">{shown}</span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
