// Imported first by bin.ts, so an old Node.js is refused before anything else loads (Node 20 would
// start PostgreSQL and then fail on Map.groupBy). Keep in step with "engines" in package.json.
const REQUIRED = [22, 17] as const;
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < REQUIRED[0] || (major === REQUIRED[0] && minor < REQUIRED[1])) {
  console.error(
    `hoctap: Node.js ${REQUIRED.join('.')} or later is required (24 recommended, see .node-version); this is ${process.versions.node}.`,
  );
  process.exit(1);
}
export {};
