/**
 * Start-up checks on what plugins declare: pure, so every refusal is tested without a server.
 * Each problem names the plugin and a stable rule; the server refuses to start on any of them,
 * because a half-loaded plugin would serve a province with the wrong rules.
 */
import semver from 'semver';
import { checkCriteriaSet } from '../criteria/rating.rules.js';
import {
  checkWorkflow,
  extendWorkflow,
  type GuardRegistry,
  type WorkflowDefinition,
} from '../workflows/workflow.rules.js';
import type { PluginContributions } from './plugin-contributions.js';
import type { PluginDefinition, PluginProvince } from './plugin.model.js';

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
  criteriaSetCodes: ReadonlySet<string>;
  workflows: ReadonlyMap<string, { definition: WorkflowDefinition; guards: GuardRegistry }>;
  targetCodes: ReadonlySet<string>;
}

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const PREFIX = /^[A-Z][A-Za-z0-9]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FAR_PAST = '0000-01-01';
const FAR_FUTURE = '9999-12-31';

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

  const claims = d.provinces ?? [];
  for (const { set, provinceCodes } of c.criteriaSets) {
    const at = `criteria set ${set.code}`;
    if (core.criteriaSetCodes.has(set.code)) add('DUPLICATE_CRITERIA_SET', `${at} has the code of a national set`);
    if (set.issuer?.level !== 'PROVINCE' || set.issuer.plugin !== d.id)
      add('BAD_CRITERIA_SET', `${at}: issuer must be { level: 'PROVINCE', plugin: '${d.id}' }`);
    if (!provinceCodes.length) add('BAD_CRITERIA_SET', `${at}: provinceCodes must name the provinces it applies to`);
    for (const code of provinceCodes) {
      if (!claims.some((p) => p.code === code && covers(p, set.validFrom, set.validTo ?? FAR_FUTURE)))
        add(
          'CRITERIA_SET_OUTSIDE_PROVINCES',
          `${at} applies to province ${code} from ${set.validFrom} to ${set.validTo ?? 'open'}, beyond the plugin's claim on ${code}`,
        );
    }
    for (const message of checkCriteriaSet(set)) add('BAD_CRITERIA_SET', `${at}: ${message}`);
    // A province's set replaces the national one only on a source saying the province issued it,
    // and never with sample content: ratings would then rest on placeholders (issue 16).
    if (set.replacesNational && !set.replacesNational.basis?.trim())
      add('BAD_CRITERIA_SET', `${at}: replacesNational.basis must name the source that issued the criteria`);
    if (set.replacesNational && set.sample)
      add(
        'BAD_CRITERIA_SET',
        `${at}: a sample set cannot replace the national set; leave replacesNational out until its content is verified`,
      );
  }
  problems.push(
    ...duplicates(
      c.criteriaSets.map((s) => s.set.code),
      'criteria set',
    ).map((m) => ({ plugin, rule: 'DUPLICATE_CRITERIA_SET', message: m })),
  );

  for (const { workflowId, extension, guards } of c.workflowExtensions) {
    const base = core.workflows.get(workflowId);
    if (!base) {
      add('UNKNOWN_WORKFLOW', `extends workflow ${workflowId}; the core has ${[...core.workflows.keys()].join(', ')}`);
      continue;
    }
    try {
      const extended = extendWorkflow(base.definition, extension);
      for (const message of checkWorkflow(extended)) add('BAD_WORKFLOW_EXTENSION', `${workflowId}: ${message}`);
      const known = { ...base.guards, ...guards };
      for (const action of extended.actions)
        for (const guard of action.guards ?? [])
          if (!known[guard])
            add('UNKNOWN_GUARD', `${workflowId}: action ${action.name} names guard ${guard}, which no one registered`);
    } catch (error) {
      add('BAD_WORKFLOW_EXTENSION', error instanceof Error ? error.message : String(error));
    }
  }
  problems.push(
    ...duplicates(
      c.workflowNodes.map((n) => n.typeName),
      'workflow node',
    ).map((m) => ({ plugin, rule: 'DUPLICATE_WORKFLOW_NODE', message: m })),
  );
  for (const { typeName } of c.workflowNodes)
    if (d.graphqlPrefix && !typeName.startsWith(d.graphqlPrefix))
      add('BAD_TYPE_NAME', `workflow node ${typeName} must start with ${d.graphqlPrefix}`);

  for (const target of c.targets) {
    if (core.targetCodes.has(target.code))
      add('DUPLICATE_TARGET', `target ${target.code} has the code of a national target`);
    for (const code of target.provinceCodes)
      if (!claims.some((p) => p.code === code))
        add(
          'TARGET_OUTSIDE_PROVINCES',
          `target ${target.code} names province ${code}, which the plugin does not claim`,
        );
  }
  problems.push(
    ...duplicates(
      c.targets.map((t) => t.code),
      'target',
    ).map((m) => ({ plugin, rule: 'DUPLICATE_TARGET', message: m })),
  );
  problems.push(
    ...duplicates(
      c.plans.map((p) => `${p.issuerCode} ${p.documentNumber}`),
      'plan',
    ).map((m) => ({ plugin, rule: 'DUPLICATE_PLAN', message: m })),
  );
  // A plugin's plans are its province's own: issued by the province it served that day.
  for (const plan of c.plans)
    if (!claims.some((p) => p.code === plan.issuerCode && covers(p, plan.issuedOn, plan.issuedOn)))
      add(
        'PLAN_OUTSIDE_PROVINCES',
        `plan ${plan.documentNumber} is issued by ${plan.issuerCode} on ${plan.issuedOn}, not by a province the plugin served that day`,
      );
  problems.push(
    ...duplicates(
      c.referenceData.map((r) => r.name),
      'reference data set',
    ).map((m) => ({ plugin, rule: 'DUPLICATE_REFERENCE_DATA', message: m })),
  );
  for (const set of c.referenceData)
    if (!set.name.startsWith(`${d.id}.`))
      add('BAD_REFERENCE_DATA_NAME', `reference data ${set.name} must be named "${d.id}.<name>"`);
  const dimensionPrefix = `${(d.id ?? '').toUpperCase().replaceAll('-', '_')}_`;
  for (const dim of c.analyticsDimensions) {
    const at = `analytics dimension ${dim.code}`;
    if (!/^[A-Z][A-Z0-9_]*$/.test(dim.code) || !dim.code.startsWith(dimensionPrefix))
      add('BAD_DIMENSION', `${at}: its code must be UPPER_SNAKE and start with ${dimensionPrefix}`);
    if (!['PROVINCE', 'DISTRICT', 'COMMUNE'].includes(dim.level))
      add('BAD_DIMENSION', `${at}: level is PROVINCE, DISTRICT or COMMUNE`);
    if (!ISO_DATE.test(dim.asOf ?? '')) add('BAD_DIMENSION', `${at}: asOf ${dim.asOf} is not a date`);
    if (Object.keys(dim.values ?? {}).length === 0)
      add('BAD_DIMENSION', `${at}: values must classify at least one unit`);
  }
  problems.push(
    ...duplicates(
      c.analyticsDimensions.map((x) => x.code),
      'analytics dimension',
    ).map((m) => ({ plugin, rule: 'DUPLICATE_DIMENSION', message: m })),
  );
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
      const setsOfX = new Set(a.contributions.criteriaSets.map((s) => s.set.code));
      for (const { set } of b.contributions.criteriaSets)
        if (setsOfX.has(set.code))
          problems.push({
            plugin: y.id,
            rule: 'DUPLICATE_CRITERIA_SET',
            message: `criteria set ${set.code} is also registered by plugin ${x.id}`,
          });
      const nodesOfX = new Set(a.contributions.workflowNodes.map((n) => n.typeName));
      for (const n of b.contributions.workflowNodes)
        if (nodesOfX.has(n.typeName))
          problems.push({
            plugin: y.id,
            rule: 'DUPLICATE_WORKFLOW_NODE',
            message: `workflow node ${n.typeName} is also registered by plugin ${x.id}`,
          });
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

const startOf = (p: PluginProvince) => p.from ?? FAR_PAST;
const endOf = (p: PluginProvince) => p.until ?? FAR_FUTURE;
const periodsOverlap = (p: PluginProvince, q: PluginProvince) => startOf(p) <= endOf(q) && startOf(q) <= endOf(p);
const describe = (p: PluginProvince) => `(${p.from ?? 'always'} – ${p.until ?? 'open'})`;

/** Whether the claim covers the whole period from..to. */
export function covers(p: PluginProvince, from: string, to: string): boolean {
  return startOf(p) <= from && to <= endOf(p);
}

/** Whether the claim is in force on the day. */
export function claimInForce(p: PluginProvince, day: string): boolean {
  return startOf(p) <= day && day <= endOf(p);
}

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
