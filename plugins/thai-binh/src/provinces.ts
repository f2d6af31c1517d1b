import type { PluginProvince } from '@hoctap/plugin-sdk';

export const PLUGIN_ID = 'thai-binh';

/** Thái Bình's claim: province 34 until the reform; from 1/7/2025 its units lie in Hưng Yên (33). */
export const THAI_BINH_PROVINCES: readonly PluginProvince[] = [{ code: '34', until: '2025-06-30' }];

const NAMES: Readonly<Record<string, string>> = { '34': 'Thái Bình' };

/** The claims as messages name them, e.g. "34 Thái Bình (… – 2025-06-30)". */
export function describeClaims(claims: readonly PluginProvince[]): string {
  return claims
    .map((c) => `${c.code}${NAMES[c.code] ? ` ${NAMES[c.code]}` : ''} (${c.from ?? '…'} – ${c.until ?? '…'})`)
    .join(', ');
}
