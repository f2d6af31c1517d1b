import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

/** hash (sha256, hex) → the operation's text, exactly as clients send it. */
export type OperationsManifest = ReadonlyMap<string, string>;

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The manifest of a client's operations: each operation printed as a document of its own with the
 * fragments it uses, keyed by the sha256 of that text. Clients send the same text (or only its
 * hash); `hoctap operations manifest` writes it from `schema/operations`.
 */
export function buildOperationsManifest(sources: readonly string[]): Map<string, string> {
  const definitions: DefinitionNode[] = sources.flatMap((s) => [...parse(s).definitions]);
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const manifest = new Map<string, string>();
  for (const operation of definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )) {
    const used = new Map<string, FragmentDefinitionNode>();
    const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const name = spread.name.value;
          const fragment = fragments.get(name);
          if (!fragment) throw new Error(`operation uses an unknown fragment ${name}`);
          if (!used.has(name)) {
            used.set(name, fragment);
            collect(fragment);
          }
        },
      });
    collect(operation);
    const text = print({ kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] });
    manifest.set(sha256Hex(text), text);
  }
  return manifest;
}

interface GraphqlBody {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } | unknown;
}

function refuse(reply: FastifyReply, message: string) {
  return reply.code(400).send({
    errors: [{ message, extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' } }],
  });
}

function hashOf(body: GraphqlBody): string | undefined {
  if (typeof body.documentId === 'string') return body.documentId.replace(/^sha256:/, '');
  const extensions = typeof body.extensions === 'string' ? safeJson(body.extensions) : body.extensions;
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Allow-list mode: only the manifest's operations run, sent by text or by hash alone. Anything
 * else is refused before it is parsed, so a production API exposes exactly what its clients use.
 */
export function registerPersistedOperations(app: FastifyInstance, manifest: OperationsManifest): void {
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.url !== '/graphql' || request.method === 'OPTIONS') return undefined;
    const body = (request.method === 'GET' ? request.query : request.body) as GraphqlBody | GraphqlBody[] | null;
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return refuse(reply, 'Chỉ chạy các thao tác đã đăng ký / only registered operations run, one per request.');
    const hash = hashOf(body);
    const query = typeof body.query === 'string' ? body.query : undefined;
    const known = (hash ? manifest.get(hash) : undefined) ?? (query ? manifest.get(sha256Hex(query)) : undefined);
    if (!known || (query !== undefined && query !== known))
      return refuse(
        reply,
        "Thao tác này không có trong danh sách cho phép / this operation is not in the server's allow-list (HOCTAP_OPERATIONS=persisted-only).",
      );
    // A client that sent only the hash gets the registered text run for it.
    if (query === undefined) (body as { query?: string }).query = known;
    return undefined;
  });
}

/** Reads a manifest file (`{ "<sha256>": "<operation text>" }`), checking every hash against its text. */
export async function loadOperationsManifest(file: string): Promise<Map<string, string>> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const manifest = new Map<string, string>();
  for (const [hash, text] of Object.entries(parsed)) {
    if (typeof text !== 'string' || sha256Hex(text) !== hash)
      throw new Error(
        `Invalid configuration: HOCTAP_PERSISTED_OPERATIONS: ${file}: the entry ${hash.slice(0, 12)}… is not the sha256 of its text`,
      );
    manifest.set(hash, text);
  }
  return manifest;
}
