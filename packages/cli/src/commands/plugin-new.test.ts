import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePlugins } from '../plugins.js';
import { provinceMap, scaffoldPlugin } from './plugin-new.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'hoctap-plugin-new-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('provinceMap', () => {
  it('is the core map: 63 provinces until 30/6/2025 and 34 from 1/7/2025', () => {
    const map = provinceMap();
    expect(map.filter((p) => p.validTo === '2025-06-30' && p.validFrom === null)).toHaveLength(63);
    expect(map.filter((p) => p.validFrom === '2025-07-01' && p.validTo === null)).toHaveLength(34);
    expect(map.filter((p) => p.code === '22').map((p) => p.name)).toEqual(['Tỉnh Quảng Ninh', 'Tỉnh Quảng Ninh']);
  });
});

describe('scaffoldPlugin', () => {
  const filesUnder = async (dir: string) => (existsSync(dir) ? await readdir(dir, { recursive: true }) : []);

  it('writes the plugin into <dir>/<id> and lists the files', async () => {
    const { dir, files } = await scaffoldPlugin('quang-ninh', { province: '22', dir: scratch });
    expect(dir).toBe(join(scratch, 'quang-ninh'));
    expect(files).toContain('src/plugin.test.ts');
    expect((await filesUnder(dir)).filter((f) => f.includes('.'))).toHaveLength(files.length);
  });

  it('warns of what would clash with the first-party plugins', async () => {
    const { warnings } = await scaffoldPlugin('tien-giang', { province: '82', dir: scratch });
    expect(warnings).toEqual([expect.stringMatching(/^PROVINCE_CLAIMED_TWICE: province 82 .* plugin dong-thap/)]);
    expect((await scaffoldPlugin('quang-ninh-2', { province: '22', dir: scratch })).warnings).toEqual([]);
  });

  it('refuses an existing directory, writing nothing', async () => {
    const dir = join(scratch, 'ninh-binh');
    await mkdir(dir);
    await expect(scaffoldPlugin('ninh-binh', { province: '37', dir: scratch })).rejects.toThrow(
      `Cannot create plugin "ninh-binh": ${dir} already exists; pick another id or --dir.`,
    );
    expect(await filesUnder(dir)).toEqual([]);
  });

  it('refuses a bad id and bad options, naming each option and rule, writing nothing', async () => {
    await expect(scaffoldPlugin('Quang_Ninh', { province: '2', from: '2025-02-30', dir: scratch })).rejects.toThrow(
      [
        'Cannot create plugin "Quang_Ninh":',
        '  <id>: KEBAB_CASE: "Quang_Ninh" must be kebab-case, e.g. "quang-ninh"',
        '  --province: TWO_DIGIT_CODE: "2" must be a two-digit GSO province code, e.g. "22"',
        '  --from: ISO_DATE: "2025-02-30" must be a date YYYY-MM-DD',
      ].join('\n'),
    );
    await expect(scaffoldPlugin('ha-nam', { province: '35', dir: scratch })).rejects.toThrow(
      '<id>: RESERVED: "ha-nam" is taken; reserved ids: dong-thap, ha-nam, thai-binh, sdk',
    );
    await expect(scaffoldPlugin('vung-tau', { province: '77', from: '2025-07-01', dir: scratch })).rejects.toThrow(
      '--province: ONE_PROVINCE_PER_CLAIM: no single province had code 77 from 2025-07-01',
    );
    expect(await filesUnder(join(scratch, 'Quang_Ninh'))).toEqual([]);
    expect(await filesUnder(join(scratch, 'vung-tau'))).toEqual([]);
  });
});

describe('HOCTAP_PLUGINS', () => {
  it('loads a built plugin by file path, absolute or relative to the working directory', async () => {
    const file = join(scratch, 'built', 'index.js');
    await mkdir(join(scratch, 'built'));
    await writeFile(file, "export default { id: 'built', provinces: [] };\n");
    const relativePath = relative(process.cwd(), file);
    const dotted = relativePath.startsWith('.') ? relativePath : `./${relativePath}`;
    const plugins = await resolvePlugins([file, dotted]);
    expect(plugins.map((p) => p.id)).toEqual(['built', 'built']);
    await expect(resolvePlugins(['./no/such/plugin.js'])).rejects.toThrow('HOCTAP_PLUGINS names ./no/such/plugin.js');
  });

  it('reads "default" in a list as the first-party plugins', async () => {
    const file = join(scratch, 'built', 'index.js');
    const plugins = await resolvePlugins(['default', file]);
    expect(plugins.map((p) => p.id)).toEqual(['dong-thap', 'ha-nam', 'thai-binh', 'built']);
  });
});

/** Runs vitest in a child process; resolves with its exit code and output. */
function runVitest(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('a freshly scaffolded plugin', () => {
  it('passes its own test', { timeout: 180_000 }, async () => {
    const id = `scaffold-check-${randomBytes(3).toString('hex')}`;
    const dataDir = await mkdtemp(join(tmpdir(), 'hoctap-scaffold-pg-'));
    try {
      // Inside the repository, so the root Vitest config's include and SDK aliases apply.
      await scaffoldPlugin(id, { province: '22', dir: join(ROOT, 'plugins') });
      // The child's global setup drops every hoctap_test_* database on its server: it must get
      // a server of its own, never this run's (so no DATABASE_URL).
      const env: NodeJS.ProcessEnv = { ...process.env, HOCTAP_TEST_DATA_DIR: dataDir, NO_COLOR: '1', FORCE_COLOR: '0' };
      delete env.DATABASE_URL;
      for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
      const { code, output } = await runVitest(['run', `plugins/${id}`], env);
      expect(output).toMatch(/Test Files\s+1 passed \(1\)/);
      expect(output).toMatch(/Tests\s+6 passed \(6\)/);
      expect(code, output).toBe(0);
    } finally {
      await rm(join(ROOT, 'plugins', id), { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
