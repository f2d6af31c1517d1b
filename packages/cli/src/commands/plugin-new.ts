import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { coreModule } from '@hoctap/core';
import { resolvePlugins } from '../plugins.js';
import {
  clashesWith,
  planScaffold,
  scaffoldFiles,
  type KnownPlugin,
  type MapProvince,
  type ScaffoldField,
  type ScaffoldProblem,
} from '../scaffold/plugin-template.rules.js';

export interface PluginNewOptions {
  province: string;
  from?: string;
  until?: string;
  name?: string;
  /** Where plugins live; default ./plugins. */
  dir?: string;
}

/** How each input is spelled on the command line, so an error names what the author typed. */
const OPTION_OF: Record<ScaffoldField, string> = {
  id: '<id>',
  province: '--province',
  from: '--from',
  until: '--until',
  name: '--name',
};

const describe = (problems: readonly ScaffoldProblem[]) =>
  problems.map((p) => `  ${OPTION_OF[p.field]}: ${p.rule}: ${p.message}`).join('\n');

type ProvinceRow = readonly [code: string, name: string, ...rest: unknown[]];

/**
 * The province-level map (63 units until the reform, 34 after), read from the core's reference
 * data so the scaffold claims exactly what the platform will bind at start-up.
 */
export function provinceMap(): MapProvince[] {
  const set = coreModule.referenceData.find((s) => s.name === 'geography.provinces');
  const content = set?.content as
    | {
        PROVINCES_BEFORE_REFORM?: readonly ProvinceRow[];
        PROVINCES_AFTER_REFORM?: readonly ProvinceRow[];
        REFORM_DATE?: string;
      }
    | undefined;
  const reform = content?.REFORM_DATE;
  if (!content?.PROVINCES_BEFORE_REFORM || !content.PROVINCES_AFTER_REFORM || !reform)
    throw new Error('The core no longer ships the province map in its reference data "geography.provinces".');
  const lastDayBefore = new Date(Date.parse(reform) - 86_400_000).toISOString().slice(0, 10);
  return [
    ...content.PROVINCES_BEFORE_REFORM.map(([code, name]) => ({ code, name, validFrom: null, validTo: lastDayBefore })),
    ...content.PROVINCES_AFTER_REFORM.map(([code, name]) => ({ code, name, validFrom: reform, validTo: null })),
  ];
}

/**
 * Writes a new plugin into `<dir>/<id>`; returns the paths written and what would clash with the
 * first-party plugins. Throws, writing nothing, when an input breaks a rule or the directory exists.
 */
export async function scaffoldPlugin(
  id: string,
  options: PluginNewOptions,
  map: readonly MapProvince[] = provinceMap(),
): Promise<{ dir: string; files: string[]; warnings: string[] }> {
  const { plan, problems } = planScaffold(
    { id, province: options.province, from: options.from, until: options.until, name: options.name },
    map,
  );
  if (!plan) throw new Error(`Cannot create plugin "${id}":\n${describe(problems)}`);
  const dir = resolve(options.dir ?? 'plugins', id);
  if (existsSync(dir))
    throw new Error(`Cannot create plugin "${id}": ${dir} already exists; pick another id or --dir.`);
  const firstParty: KnownPlugin[] = await resolvePlugins('default');
  const warnings = clashesWith(plan, firstParty);
  const files = scaffoldFiles(plan);
  for (const file of files) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content, { flag: 'wx' });
  }
  return { dir, files: files.map((f) => f.path), warnings };
}

/** `hoctap plugin new <id> --province <code>`: scaffolds a working plugin with a passing test. */
export async function pluginNewCommand(id: string, options: PluginNewOptions): Promise<void> {
  const { dir, files, warnings } = await scaffoldPlugin(id, options);
  const rel = relative(process.cwd(), dir);
  // HOCTAP_PLUGINS reads names starting with "." or "/" as file paths.
  const asPath = (path: string) => (isAbsolute(path) || path.startsWith('.') ? path : `./${path}`);
  console.log(`Created plugin ${id} in ${asPath(rel)}:`);
  for (const file of files) console.log(`  ${join(rel, file)}`);
  if (warnings.length > 0) {
    console.log('\nWith the first-party plugins (HOCTAP_PLUGINS=default), the server would refuse to start:');
    for (const warning of warnings) console.log(`  ${warning}`);
    console.log('Change the claims or the id, or load it without them.');
  }
  console.log(`
Next steps, from the repository root:
  pnpm install
  pnpm vitest run ${rel}
  pnpm --filter @hoctap/plugin-${id} build
  HOCTAP_PLUGINS=default,${asPath(join(rel, 'dist', 'index.js'))} pnpm start

Then make it the province's own: edit ${join(rel, 'src', 'index.ts')} (name, provinces, what
register() declares) and replace the example note table (README.md, "Writing a province plugin").`);
}
