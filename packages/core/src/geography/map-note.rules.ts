/** Renders an ISO date the Vietnamese way, e.g. 2025-03-01 → 1/3/2025. */
const vi = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
};

/**
 * Whether the map's answer about a unit for `asOf` is a record or is read from a later list: a
 * unit of the GSO list of 1/3/2025 has no recorded first day, so before that date it stands as the
 * list has it (Hà Nam then shows the 98 communes of 2025, not the 109 of 2022) until a file of
 * earlier changes gives it a first day.
 */
export function mapNote(unit: { validFrom?: string | null; knownFrom?: string | null }, asOf: string): string | null {
  if (unit.validFrom || !unit.knownFrom || asOf >= unit.knownFrom) return null;
  return (
    `Theo danh mục ngày ${vi(unit.knownFrom)}: chưa ghi nhận thay đổi trước ngày đó, nên ngày ${vi(asOf)} được trả lời theo danh mục này. ` +
    `From the list of ${unit.knownFrom}: changes before that date are not recorded, so ${asOf} is answered as that list stands.`
  );
}
