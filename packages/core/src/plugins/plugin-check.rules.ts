/**
 * Start-up checks on what plugins declare: pure, so every refusal is tested without a server.
 * Each problem names the plugin and a stable rule; the server refuses to start on any of them,
 * because a half-loaded plugin would serve a province with the wrong rules. The checks of the
 * plugin itself (id, version, prefix, provinces) are here; each extension point checks its own
 * contributions (extension-point.ts), and the loader runs them all alike.
 */
import semver from 'semver';
import type { PluginDefinition, PluginProvince } from '../public/plugin.js';
import { periodsOverlap } from './claims.rules.js';
import { contributionsTo, extensionPoints, type PluginContributions } from './extension-point.js';

export { claimInForce, covers } from './claims.rules.js';

export interface PluginProblem {
  /** The plugin's id (or its position when the id itself is bad). */
  plugin: string;
  rule: string;
  message: string;
}

export interface PluginUnderCheck {
  definition: PluginDefinition;
  contributions: PluginContributions;
}

/** What the core offers that plugins may build on. */
export interface CoreFacts {
  version: string;
}

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const PREFIX = /^[A-Z][A-Za-z0-9]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every problem with the plugins taken together, in a stable order (plugin by plugin, then across plugins). */
export function checkPlugins(plugins: readonly PluginUnderCheck[], core: CoreFacts): PluginProblem[] {
  const problems = plugins.flatMap((p, i) => checkOne(p, core, i));
  return [...problems, ...checkAcross(plugins)];
}

function checkOne(
  { definition: d, contributions: c }: PluginUnderCheck,
  core: CoreFacts,
  index: number,
): PluginProblem[] {
  const problems: PluginProblem[] = [];
  const plugin = typeof d.id === 'string' && d.id ? d.id : `#${index + 1}`;
  const add = (rule: string, message: string) => problems.push({ plugin, rule, message });

  if (!ID.test(d.id ?? '')) add('BAD_ID', `id ${JSON.stringify(d.id)} must be kebab-case, e.g. "dong-thap"`);
  if (!d.name?.trim()) add('BAD_NAME', 'name is required');
  if (!semver.valid(d.version)) add('BAD_VERSION', `version ${JSON.stringify(d.version)} is not a semantic version`);
  if (!semver.validRange(d.core)) add('BAD_CORE_RANGE', `core ${JSON.stringify(d.core)} is not a semver range`);
  else if (!semver.satisfies(core.version, d.core))
    add('INCOMPATIBLE_CORE', `needs core ${d.core}, but this core is ${core.version}`);
  if (!PREFIX.test(d.graphqlPrefix ?? ''))
    add('BAD_PREFIX', `graphqlPrefix ${JSON.stringify(d.graphqlPrefix)} must be PascalCase, e.g. "DongThap"`);

  if (!d.provinces?.length) add('NO_PROVINCES', 'provinces must name at least one province');
  for (const [i, p] of (d.provinces ?? []).entries()) {
    const problem = provinceProblem(p);
    if (problem) add('BAD_PROVINCE', `provinces[${i}] (${p.code}): ${problem}`);
  }
  problems.push(...overlaps(d.provinces ?? []).map((m) => ({ plugin, rule: 'PROVINCE_OVERLAP', message: m })));

  for (const point of extensionPoints()) {
    const items = contributionsTo(c, point);
    if (items.length === 0) continue;
    for (const p of point.check?.(items, d) ?? []) add(p.rule, p.message);
    if (point.unique)
      for (const m of duplicates(
        items.map((i) => point.describe(i)),
        point.unique.what,
      ))
        add(point.unique.rule, m);
  }
  return problems;
}

function checkAcross(plugins: readonly PluginUnderCheck[]): PluginProblem[] {
  const problems: PluginProblem[] = [];
  const seen = new Map<string, string>();
  for (const { definition: d } of plugins) {
    const first = seen.get(d.id);
    if (first !== undefined)
      problems.push({ plugin: d.id, rule: 'DUPLICATE_ID', message: `two plugins have the id ${d.id}` });
    seen.set(d.id, d.id);
  }
  for (const [i, a] of plugins.entries()) {
    for (const b of plugins.slice(i + 1)) {
      const [x, y] = [a.definition, b.definition];
      if (x.id === y.id) continue;
      if (
        x.graphqlPrefix &&
        y.graphqlPrefix &&
        (x.graphqlPrefix.startsWith(y.graphqlPrefix) || y.graphqlPrefix.startsWith(x.graphqlPrefix))
      )
        problems.push({
          plugin: y.id,
          rule: 'PREFIX_CLASH',
          message: `graphqlPrefix ${y.graphqlPrefix} clashes with ${x.graphqlPrefix} of plugin ${x.id}`,
        });
      for (const p of x.provinces ?? [])
        for (const q of y.provinces ?? [])
          if (p.code === q.code && periodsOverlap(p, q))
            problems.push({
              plugin: y.id,
              rule: 'PROVINCE_CLAIMED_TWICE',
              message: `province ${q.code} ${describe(q)} is also claimed by plugin ${x.id} ${describe(p)}`,
            });
      for (const point of extensionPoints()) {
        if (!point.unique) continue;
        const ofX = new Set(contributionsTo(a.contributions, point).map((i) => point.describe(i)));
        for (const item of contributionsTo(b.contributions, point))
          if (ofX.has(point.describe(item)))
            problems.push({
              plugin: y.id,
              rule: point.unique.rule,
              message: `${point.unique.what} ${point.describe(item)} is also registered by plugin ${x.id}`,
            });
      }
    }
  }
  return problems;
}

function provinceProblem(p: PluginProvince): string | null {
  if (!/^\d{2}$/.test(p.code ?? '')) return 'code must be a two-digit GSO province code';
  for (const key of ['from', 'until'] as const) {
    const value = p[key];
    if (value !== undefined && (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))))
      return `${key} ${value} is not a date (YYYY-MM-DD)`;
  }
  if (p.from && p.until && p.from > p.until) return `from ${p.from} is after until ${p.until}`;
  return null;
}

const describe = (p: PluginProvince) => `(${p.from ?? 'always'} – ${p.until ?? 'open'})`;

function overlaps(provinces: readonly PluginProvince[]): string[] {
  const out: string[] = [];
  for (const [i, p] of provinces.entries())
    for (const q of provinces.slice(i + 1))
      if (p.code === q.code && periodsOverlap(p, q))
        out.push(`province ${p.code} is claimed twice for overlapping periods ${describe(p)} and ${describe(q)}`);
  return out;
}

function duplicates(values: readonly string[], what: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (seen.has(v)) out.push(`${what} ${v} is registered twice`);
    seen.add(v);
  }
  return out;
}

/** One message naming every problem, plugin by plugin, for the error the server refuses to start with. */
export function describeProblems(problems: readonly PluginProblem[]): string {
  return [
    `Refusing to start: ${problems.length} plugin problem(s).`,
    ...problems.map((p) => `  plugin ${p.plugin}: ${p.rule}: ${p.message}`),
  ].join('\n');
}
