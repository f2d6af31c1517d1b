#!/usr/bin/env node
// Generates packages/core/data/national-map.json.gz, the national map that ships with the project,
// from the public files in the formats of shared/data/dvhc (see NOTICE for their sources and
// licences), with the documented corrections of packages/core/src/geography/dvhc-corrections.data.ts.
//
//   node scripts/national-map.mjs [--dvhc DIR] [--check]
//
// DIR defaults to HOCTAP_DVHC_DIR or ../shared/data/dvhc. --check writes nothing and exits 1 when the
// committed file is not what the sources and corrections give (CI runs it where the sources exist).
// The output is deterministic: the same inputs give the same bytes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { dvhc: { type: 'string' }, check: { type: 'boolean', default: false } } });
const dir = resolve(values.dvhc ?? process.env.HOCTAP_DVHC_DIR ?? join(root, '../shared/data/dvhc'));
const FILES = { before: 'units-2025-03-01.json', splits: 'splits-2025-07-01.json', after: 'merges-2025-07-01.json' };
const missing = Object.values(FILES).filter((f) => !existsSync(join(dir, f)));
if (missing.length > 0) {
  console.error(`national-map: ${dir} lacks ${missing.join(', ')}; pass --dvhc DIR or set HOCTAP_DVHC_DIR.`);
  process.exit(2);
}

const build = spawnSync('pnpm', ['--filter', '@hoctap/core', 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);
const core = await import(new URL('../packages/core/dist/index.js', import.meta.url).href);

const raw = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, readFileSync(join(dir, f))]));
const parsed = core.parseDvhc({
  before: JSON.parse(raw.before.toString('utf8')),
  splits: JSON.parse(raw.splits.toString('utf8')),
  after: JSON.parse(raw.after.toString('utf8')),
});
if (parsed.problems.length > 0 || parsed.unmatchedCorrections.length > 0) {
  for (const p of parsed.problems)
    console.error(`  ${FILES[p.file]} ${p.path} (${p.code ?? ''}): ${p.rule}: ${p.message}`);
  if (parsed.unmatchedCorrections.length)
    console.error(`  corrections matching no row: ${parsed.unmatchedCorrections.join(', ')}`);
  console.error('national-map: the sources have rows that do not fit; add a documented correction or fix the file.');
  process.exit(1);
}

// Keys of the project's own: era and code (codes are unique per era, and their length is the level).
const short = new Map(parsed.units.map((u) => [u.key, `${u.key.startsWith('old:') ? 'o' : 'n'}${u.code}`]));
const units = parsed.units.map((u) => ({
  ...u,
  key: short.get(u.key),
  parentKey: u.parentKey ? short.get(u.parentKey) : null,
}));
const successions = parsed.successions.map((s) => ({ ...s, fromKey: short.get(s.fromKey), toKey: short.get(s.toKey) }));
const map = core.encodeMapFile(
  {
    title:
      'Đơn vị hành chính Việt Nam trước và sau 1/7/2025 / Administrative units of Viet Nam before and after 1 July 2025',
    sources: [
      {
        name: 'Danh mục đơn vị hành chính (GSO list as of 1/3/2025): 63 provinces, 696 districts, 10,047 communes',
        licence: 'GPL-3.0',
        note: 'units-2025-03-01.json; start dates are not in the list (knownFrom 2025-03-01)',
      },
      {
        name: 'Old → new and new → old mappings of the 2025 reform (34 provinces, 3,321 communes), © 2025 dvhcvn',
        licence: 'MIT',
        note: 'splits-2025-07-01.json, merges-2025-07-01.json; extracted from the merger resolutions and checked',
      },
    ],
    corrections: parsed.corrected,
    sourceChecksums: Object.fromEntries(
      Object.entries(FILES).map(([k, f]) => [f, createHash('sha256').update(raw[k]).digest('hex')]),
    ),
  },
  units,
  successions,
);
// mtime 0 and no file name in the gzip header, so the bytes depend only on the content.
const bytes = gzipSync(Buffer.from(JSON.stringify(map)), { level: 9 });
const out = join(root, 'packages/core/data/national-map.json.gz');
const count = (era, level) => units.filter((u) => u.key.startsWith(era) && u.level === level).length;
const summary =
  `${count('o', 'PROVINCE')} / ${count('o', 'DISTRICT')} / ${count('o', 'COMMUNE')} units before, ` +
  `${count('n', 'PROVINCE')} / ${count('n', 'COMMUNE')} after, ${successions.length} successions; ` +
  `corrections ${parsed.corrected.join(', ')}; ${(bytes.length / 1024).toFixed(0)} KB`;
if (values.check) {
  const current = existsSync(out) ? readFileSync(out) : Buffer.alloc(0);
  if (!current.equals(bytes)) {
    console.error(`national-map: ${out} is stale (${summary}); run node scripts/national-map.mjs and commit it.`);
    process.exit(1);
  }
  console.error(`national-map: ${out} is current (${summary}).`);
} else {
  writeFileSync(out, bytes);
  console.error(`national-map: wrote ${out} (${summary}).`);
}
