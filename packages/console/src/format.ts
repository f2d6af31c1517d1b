/** Pure display helpers of the console (Vietnamese order and number formats). */

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Items sorted by a Vietnamese label ("Đồng Tháp" after "Dak Lak", before "Gia Lai"); a new array. */
export function sortByLabel<T>(items: readonly T[], label: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(label(a), label(b)));
}

/** A rate 0–1 as a percentage with one decimal in vi-VN ("87,5 %"); "—" when there is none. */
export function formatRate(rate: number | null | undefined): string {
  if (rate == null || !Number.isFinite(rate)) return '—';
  return new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** An ISO day (2025-07-01) as vi-VN shows it (01/07/2025); "—" when there is none. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '—';
  const [y, m, d] = day.split('-');
  return y && m && d ? `${d}/${m}/${y}` : day;
}

/** How an expected report stands: not reported, late, on time. */
export type ReportStanding = 'missing' | 'late' | 'onTime';

export function reportStanding(report: { submittedOn?: string | null; onTime?: boolean | null }): ReportStanding {
  if (!report.submittedOn) return 'missing';
  return report.onTime ? 'onTime' : 'late';
}

export const STANDING_LABEL: Record<ReportStanding, string> = {
  missing: 'Chưa báo cáo / Not reported',
  late: 'Nộp muộn / Late',
  onTime: 'Đúng hạn / On time',
};

/** Missing first, then late, then on time; within each, by unit name in Vietnamese order. */
export function sortReports<T extends { unitName: string; submittedOn?: string | null; onTime?: boolean | null }>(
  reports: readonly T[],
): T[] {
  const rank: Record<ReportStanding, number> = { missing: 0, late: 1, onTime: 2 };
  return [...reports].sort(
    (a, b) => rank[reportStanding(a)] - rank[reportStanding(b)] || collator.compare(a.unitName, b.unitName),
  );
}
