import { definePlugin } from '@hoctap/plugin-sdk';
import { Migration0001_init } from './migrations/Migration0001_init.js';
import { ScaffoldCheck1e7e1fNote } from './note.entity.js';
import { ScaffoldCheck1e7e1fNoteResolver } from './note.resolver.js';

/**
 * The province plugin scaffold-check-1e7e1f, scaffolded by `hoctap plugin new`. The platform checks this
 * declaration at start-up and refuses to start, naming the plugin and the rule, when it is wrong.
 */
export default definePlugin({
  id: 'scaffold-check-1e7e1f',
  name: 'Tỉnh Quảng Ninh',
  version: '1.0.0',
  core: '^1.0.0',
  // Each claim binds to the one province that had the code for the whole period (codes are reused).
  provinces: [
    { code: '22', until: '2025-06-30' }, // Tỉnh Quảng Ninh
    { code: '22', from: '2025-07-01' }, // Tỉnh Quảng Ninh
  ],
  graphqlPrefix: 'ScaffoldCheck1e7e1f',
  // Its own tables live in the PostgreSQL schema plugin_scaffold_check_1e7e1f, with its own migration history.
  entities: [ScaffoldCheck1e7e1fNote],
  migrations: [{ name: 'Migration0001_init', class: Migration0001_init }],
  resolvers: [ScaffoldCheck1e7e1fNoteResolver],
  // Declarations only, no I/O: each is checked at start-up and listed by the `plugins` query.
  register(registrar) {
    // registrar.criteriaSets([set], { provinceCodes: ['22'] }); // issuer { level: 'PROVINCE', plugin: 'scaffold-check-1e7e1f' }; replacesNational: { basis } only where a source says the province issued its own criteria
    // registrar.extendWorkflow('evaluation', { addGuards: [...] }, guards); // e.g. a local approval step
    // registrar.plans([{ issuerCode: '22', documentNumber, issuedOn, title, tasks: [...] }]);
    // registrar.targets([{ code, description, source, year, percent, formula, provinceCodes: ['22'] }]);
    // registrar.referenceData({ name: 'scaffold-check-1e7e1f.agencies', content, load: async (em) => 0 });
    void registrar;
  },
});
