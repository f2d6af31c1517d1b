import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../codegen.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Type-checks a snippet that sits in src/ next to the generated documents. */
function typeErrors(source: string): string[] {
  const file = join(packageDir, 'src', '__typecheck__.ts');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? source : readFile(name));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('@hoctap/client', () => {
  it('is generated from the current schema and operations (run "pnpm codegen" when this fails)', async () => {
    const outputs = await generate({ ...codegenConfig, cwd: packageDir, silent: true }, false);
    for (const output of outputs as { filename: string; content: string }[]) {
      const committed = await readFile(join(packageDir, output.filename), 'utf8');
      expect(committed, output.filename).toBe(output.content);
    }
  });

  it('types an operation: good variables and result fields compile', () => {
    const errors = typeErrors(`
      import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
      import { AdminUnitByCodeDocument } from './index.js';
      const variables: VariablesOf<typeof AdminUnitByCodeDocument> = { code: '87', asOf: '2024-01-01' };
      declare const result: ResultOf<typeof AdminUnitByCodeDocument>;
      const name: string | undefined = result.adminUnit?.name;
      const successor: string | undefined = result.adminUnit?.successors[0]?.unit.code;
      const level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE' | 'VILLAGE' | undefined = result.adminUnit?.level;
      export { variables, name, successor, level };
    `);
    expect(errors).toEqual([]);
  });

  it('types an operation: wrong variables and unknown fields do not compile', () => {
    const errors = typeErrors(`
      import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
      import { AdminUnitByCodeDocument } from './index.js';
      const variables: VariablesOf<typeof AdminUnitByCodeDocument> = { code: 87 };
      declare const result: ResultOf<typeof AdminUnitByCodeDocument>;
      const population = result.adminUnit?.population;
      export { variables, population };
    `);
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).toMatch(/number' is not assignable to type 'string'/);
    expect(errors.join('\n')).toMatch(/Property 'population' does not exist/);
  });
});
