/**
 * A plugin's claims on provinces over time, as pure rules: whether a claim covers a period or is
 * in force on a day. Points check their contributions against them (a plan issued by a province
 * the plugin served that day, a criteria set valid within the claim).
 */
import type { PluginProvince } from '../public/plugin.js';

export const FAR_PAST = '0000-01-01';
export const FAR_FUTURE = '9999-12-31';

export const startOf = (p: PluginProvince) => p.from ?? FAR_PAST;
export const endOf = (p: PluginProvince) => p.until ?? FAR_FUTURE;

/** Whether the claim covers the whole period from..to. */
export function covers(p: PluginProvince, from: string, to: string): boolean {
  return startOf(p) <= from && to <= endOf(p);
}

/** Whether the claim is in force on the day. */
export function claimInForce(p: PluginProvince, day: string): boolean {
  return startOf(p) <= day && day <= endOf(p);
}

export const periodsOverlap = (p: PluginProvince, q: PluginProvince) =>
  startOf(p) <= endOf(q) && startOf(q) <= endOf(p);
