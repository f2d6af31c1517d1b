/**
 * Tile maps of Vietnam's provinces: one square per province at its rough place (column west→east,
 * row north→south), for the map before 1 July 2025 (63 units) and today's (34). Hand-placed from
 * the province list and their neighbours, so the country's S shape reads at a glance without
 * boundary files; a tile says where, not how big.
 */
export type TileMapKind = 'HISTORICAL' | 'CURRENT';

export interface Tile {
  code: string;
  /** Short name for the tile (without "Tỉnh"/"Thành phố"). */
  name: string;
  col: number;
  row: number;
}

type Row = readonly [code: string, name: string, col: number, row: number];

const BEFORE_REFORM: readonly Row[] = [
  ['12', 'Lai Châu', 0, 0],
  ['10', 'Lào Cai', 1, 0],
  ['02', 'Hà Giang', 2, 0],
  ['04', 'Cao Bằng', 3, 0],
  ['11', 'Điện Biên', 0, 1],
  ['15', 'Yên Bái', 1, 1],
  ['08', 'Tuyên Quang', 2, 1],
  ['06', 'Bắc Kạn', 3, 1],
  ['20', 'Lạng Sơn', 4, 1],
  ['14', 'Sơn La', 0, 2],
  ['25', 'Phú Thọ', 1, 2],
  ['26', 'Vĩnh Phúc', 2, 2],
  ['19', 'Thái Nguyên', 3, 2],
  ['24', 'Bắc Giang', 4, 2],
  ['22', 'Quảng Ninh', 5, 2],
  ['17', 'Hoà Bình', 1, 3],
  ['01', 'Hà Nội', 2, 3],
  ['27', 'Bắc Ninh', 3, 3],
  ['30', 'Hải Dương', 4, 3],
  ['31', 'Hải Phòng', 5, 3],
  ['35', 'Hà Nam', 2, 4],
  ['33', 'Hưng Yên', 3, 4],
  ['34', 'Thái Bình', 4, 4],
  ['38', 'Thanh Hóa', 1, 5],
  ['37', 'Ninh Bình', 2, 5],
  ['36', 'Nam Định', 3, 5],
  ['40', 'Nghệ An', 1, 6],
  ['42', 'Hà Tĩnh', 2, 7],
  ['44', 'Quảng Bình', 2, 8],
  ['45', 'Quảng Trị', 3, 9],
  ['46', 'Huế', 3, 10],
  ['48', 'Đà Nẵng', 4, 11],
  ['49', 'Quảng Nam', 4, 12],
  ['62', 'Kon Tum', 4, 13],
  ['51', 'Quảng Ngãi', 5, 13],
  ['64', 'Gia Lai', 4, 14],
  ['52', 'Bình Định', 5, 14],
  ['66', 'Đắk Lắk', 4, 15],
  ['54', 'Phú Yên', 5, 15],
  ['67', 'Đắk Nông', 3, 16],
  ['68', 'Lâm Đồng', 4, 16],
  ['56', 'Khánh Hòa', 5, 16],
  ['70', 'Bình Phước', 3, 17],
  ['75', 'Đồng Nai', 4, 17],
  ['58', 'Ninh Thuận', 5, 17],
  ['72', 'Tây Ninh', 2, 18],
  ['74', 'Bình Dương', 3, 18],
  ['77', 'Bà Rịa - Vũng Tàu', 4, 18],
  ['60', 'Bình Thuận', 5, 18],
  ['89', 'An Giang', 0, 19],
  ['87', 'Đồng Tháp', 1, 19],
  ['80', 'Long An', 2, 19],
  ['79', 'Hồ Chí Minh', 3, 19],
  ['91', 'Kiên Giang', 0, 20],
  ['92', 'Cần Thơ', 1, 20],
  ['86', 'Vĩnh Long', 2, 20],
  ['82', 'Tiền Giang', 3, 20],
  ['93', 'Hậu Giang', 1, 21],
  ['84', 'Trà Vinh', 2, 21],
  ['83', 'Bến Tre', 3, 21],
  ['95', 'Bạc Liêu', 1, 22],
  ['94', 'Sóc Trăng', 2, 22],
  ['96', 'Cà Mau', 0, 23],
];

// Each merged province sits about where the provinces it joined sat, squeezed north–south.
const AFTER_REFORM: readonly Row[] = [
  ['12', 'Lai Châu', 0, 0],
  ['08', 'Tuyên Quang', 2, 0],
  ['04', 'Cao Bằng', 3, 0],
  ['11', 'Điện Biên', 0, 1],
  ['15', 'Lào Cai', 1, 1],
  ['19', 'Thái Nguyên', 3, 1],
  ['20', 'Lạng Sơn', 4, 1],
  ['14', 'Sơn La', 0, 2],
  ['25', 'Phú Thọ', 1, 2],
  ['24', 'Bắc Ninh', 3, 2],
  ['22', 'Quảng Ninh', 4, 2],
  ['01', 'Hà Nội', 2, 3],
  ['31', 'Hải Phòng', 4, 3],
  ['37', 'Ninh Bình', 2, 4],
  ['33', 'Hưng Yên', 3, 4],
  ['38', 'Thanh Hóa', 1, 5],
  ['40', 'Nghệ An', 1, 6],
  ['42', 'Hà Tĩnh', 2, 7],
  ['44', 'Quảng Trị', 2, 8],
  ['46', 'Huế', 3, 9],
  ['48', 'Đà Nẵng', 4, 10],
  ['51', 'Quảng Ngãi', 4, 11],
  ['52', 'Gia Lai', 4, 12],
  ['66', 'Đắk Lắk', 4, 13],
  ['68', 'Lâm Đồng', 3, 14],
  ['56', 'Khánh Hòa', 4, 14],
  ['75', 'Đồng Nai', 3, 15],
  ['80', 'Tây Ninh', 2, 16],
  ['79', 'Hồ Chí Minh', 3, 16],
  ['91', 'An Giang', 0, 17],
  ['82', 'Đồng Tháp', 1, 17],
  ['86', 'Vĩnh Long', 2, 17],
  ['92', 'Cần Thơ', 1, 18],
  ['96', 'Cà Mau', 0, 19],
];

const toTiles = (rows: readonly Row[]): readonly Tile[] =>
  rows.map(([code, name, col, row]) => ({ code, name, col, row }));

export const TILE_MAPS: Readonly<Record<TileMapKind, readonly Tile[]>> = {
  HISTORICAL: toTiles(BEFORE_REFORM),
  CURRENT: toTiles(AFTER_REFORM),
};

/** Columns and rows a map needs. */
export function gridSize(tiles: readonly Tile[]): { cols: number; rows: number } {
  return {
    cols: Math.max(...tiles.map((t) => t.col)) + 1,
    rows: Math.max(...tiles.map((t) => t.row)) + 1,
  };
}

/**
 * A colour for a share 0–1 on a light-to-dark green scale; grey when there is no value (no data or
 * suppressed). Five steps, so neighbouring tiles that differ by a step are told apart.
 */
export function shareColour(share: number | null | undefined): string {
  if (share == null || !Number.isFinite(share)) return '#e0e0e0';
  const steps = ['#edf8e9', '#bae4b3', '#74c476', '#31a354', '#006d2c'];
  return steps[Math.min(steps.length - 1, Math.max(0, Math.floor(share * steps.length)))]!;
}
