/**
 * Province-level units before and after the reform of 1 July 2025, typed from public facts:
 * the GSO list of 1/3/2025 (63 units) and the 34 official codes of Công văn 915/CTK-CSCL, with
 * the National Assembly's provincial merger resolution of 12/6/2025 (DOMAIN.md). Every merger at
 * this level was of whole provinces, so every succession is FULL. Communes and districts come from
 * the national import (`hoctap geo import`), not from here.
 */

/** [code, name, centrally-run city?] */
type ProvinceRow = readonly [code: string, name: string, centralCity: boolean];

export const REFORM_DATE = '2025-07-01';
export const LAST_DAY_BEFORE_REFORM = '2025-06-30';
/**
 * The date of the GSO list the map before the reform comes from. Units of that list have no
 * recorded first day: for an earlier date the map answers as the list stands, unless a file of
 * earlier changes was imported (see `AdminUnit.knownFrom`).
 */
export const PRE_REFORM_LIST_DATE = '2025-03-01';
export const PROVINCE_MERGER_BASIS = 'Nghị quyết của Quốc hội ngày 12/6/2025 về sắp xếp đơn vị hành chính cấp tỉnh';

export const PROVINCES_BEFORE_REFORM: readonly ProvinceRow[] = [
  ['01', 'Thành phố Hà Nội', true],
  ['02', 'Tỉnh Hà Giang', false],
  ['04', 'Tỉnh Cao Bằng', false],
  ['06', 'Tỉnh Bắc Kạn', false],
  ['08', 'Tỉnh Tuyên Quang', false],
  ['10', 'Tỉnh Lào Cai', false],
  ['11', 'Tỉnh Điện Biên', false],
  ['12', 'Tỉnh Lai Châu', false],
  ['14', 'Tỉnh Sơn La', false],
  ['15', 'Tỉnh Yên Bái', false],
  ['17', 'Tỉnh Hoà Bình', false],
  ['19', 'Tỉnh Thái Nguyên', false],
  ['20', 'Tỉnh Lạng Sơn', false],
  ['22', 'Tỉnh Quảng Ninh', false],
  ['24', 'Tỉnh Bắc Giang', false],
  ['25', 'Tỉnh Phú Thọ', false],
  ['26', 'Tỉnh Vĩnh Phúc', false],
  ['27', 'Tỉnh Bắc Ninh', false],
  ['30', 'Tỉnh Hải Dương', false],
  ['31', 'Thành phố Hải Phòng', true],
  ['33', 'Tỉnh Hưng Yên', false],
  ['34', 'Tỉnh Thái Bình', false],
  ['35', 'Tỉnh Hà Nam', false],
  ['36', 'Tỉnh Nam Định', false],
  ['37', 'Tỉnh Ninh Bình', false],
  ['38', 'Tỉnh Thanh Hóa', false],
  ['40', 'Tỉnh Nghệ An', false],
  ['42', 'Tỉnh Hà Tĩnh', false],
  ['44', 'Tỉnh Quảng Bình', false],
  ['45', 'Tỉnh Quảng Trị', false],
  ['46', 'Thành phố Huế', true],
  ['48', 'Thành phố Đà Nẵng', true],
  ['49', 'Tỉnh Quảng Nam', false],
  ['51', 'Tỉnh Quảng Ngãi', false],
  ['52', 'Tỉnh Bình Định', false],
  ['54', 'Tỉnh Phú Yên', false],
  ['56', 'Tỉnh Khánh Hòa', false],
  ['58', 'Tỉnh Ninh Thuận', false],
  ['60', 'Tỉnh Bình Thuận', false],
  ['62', 'Tỉnh Kon Tum', false],
  ['64', 'Tỉnh Gia Lai', false],
  ['66', 'Tỉnh Đắk Lắk', false],
  ['67', 'Tỉnh Đắk Nông', false],
  ['68', 'Tỉnh Lâm Đồng', false],
  ['70', 'Tỉnh Bình Phước', false],
  ['72', 'Tỉnh Tây Ninh', false],
  ['74', 'Tỉnh Bình Dương', false],
  ['75', 'Tỉnh Đồng Nai', false],
  ['77', 'Tỉnh Bà Rịa - Vũng Tàu', false],
  ['79', 'Thành phố Hồ Chí Minh', true],
  ['80', 'Tỉnh Long An', false],
  ['82', 'Tỉnh Tiền Giang', false],
  ['83', 'Tỉnh Bến Tre', false],
  ['84', 'Tỉnh Trà Vinh', false],
  ['86', 'Tỉnh Vĩnh Long', false],
  ['87', 'Tỉnh Đồng Tháp', false],
  ['89', 'Tỉnh An Giang', false],
  ['91', 'Tỉnh Kiên Giang', false],
  ['92', 'Thành phố Cần Thơ', true],
  ['93', 'Tỉnh Hậu Giang', false],
  ['94', 'Tỉnh Sóc Trăng', false],
  ['95', 'Tỉnh Bạc Liêu', false],
  ['96', 'Tỉnh Cà Mau', false],
];

/** [code, name, centrally-run city?, codes of the pre-reform provinces merged into it] */
type MergedProvinceRow = readonly [code: string, name: string, centralCity: boolean, from: readonly string[]];

export const PROVINCES_AFTER_REFORM: readonly MergedProvinceRow[] = [
  ['01', 'Thành phố Hà Nội', true, ['01']],
  ['04', 'Tỉnh Cao Bằng', false, ['04']],
  ['08', 'Tỉnh Tuyên Quang', false, ['02', '08']],
  ['11', 'Tỉnh Điện Biên', false, ['11']],
  ['12', 'Tỉnh Lai Châu', false, ['12']],
  ['14', 'Tỉnh Sơn La', false, ['14']],
  ['15', 'Tỉnh Lào Cai', false, ['10', '15']],
  ['19', 'Tỉnh Thái Nguyên', false, ['06', '19']],
  ['20', 'Tỉnh Lạng Sơn', false, ['20']],
  ['22', 'Tỉnh Quảng Ninh', false, ['22']],
  ['24', 'Tỉnh Bắc Ninh', false, ['24', '27']],
  ['25', 'Tỉnh Phú Thọ', false, ['17', '25', '26']],
  ['31', 'Thành phố Hải Phòng', true, ['30', '31']],
  ['33', 'Tỉnh Hưng Yên', false, ['33', '34']],
  ['37', 'Tỉnh Ninh Bình', false, ['35', '36', '37']],
  ['38', 'Tỉnh Thanh Hóa', false, ['38']],
  ['40', 'Tỉnh Nghệ An', false, ['40']],
  ['42', 'Tỉnh Hà Tĩnh', false, ['42']],
  ['44', 'Tỉnh Quảng Trị', false, ['44', '45']],
  ['46', 'Thành phố Huế', true, ['46']],
  ['48', 'Thành phố Đà Nẵng', true, ['48', '49']],
  ['51', 'Tỉnh Quảng Ngãi', false, ['51', '62']],
  ['52', 'Tỉnh Gia Lai', false, ['52', '64']],
  ['56', 'Tỉnh Khánh Hòa', false, ['56', '58']],
  ['66', 'Tỉnh Đắk Lắk', false, ['54', '66']],
  ['68', 'Tỉnh Lâm Đồng', false, ['60', '67', '68']],
  ['75', 'Tỉnh Đồng Nai', false, ['70', '75']],
  ['79', 'Thành phố Hồ Chí Minh', true, ['74', '77', '79']],
  ['80', 'Tỉnh Tây Ninh', false, ['72', '80']],
  ['82', 'Tỉnh Đồng Tháp', false, ['82', '87']],
  ['86', 'Tỉnh Vĩnh Long', false, ['83', '84', '86']],
  ['91', 'Tỉnh An Giang', false, ['89', '91']],
  ['92', 'Thành phố Cần Thơ', true, ['92', '93', '94']],
  ['96', 'Tỉnh Cà Mau', false, ['95', '96']],
];
