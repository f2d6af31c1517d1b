import { badInput } from './errors.js';

/** Global object ids (Relay `Node`): the type name travels with the row id, so `node(id)` can find any object. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

/** Every record the API names by a global id has a UUID key (time-ordered or random). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPE = /^[A-Z][A-Za-z0-9]{0,63}$/;

/**
 * Decodes a global id, refusing anything this API could not have issued (a payload that is not
 * `Type:uuid`) before it reaches a query, where it would fail as a database error.
 */
export function fromGlobalId(globalId: string, field = 'id'): { type: string; id: string } {
  const decoded = globalId.length <= 200 ? Buffer.from(globalId, 'base64url').toString() : '';
  const separator = decoded.indexOf(':');
  const type = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (separator <= 0 || !TYPE.test(type) || !UUID.test(id)) {
    throw badInput([{ field, rule: 'GLOBAL_ID', message: 'is not an id this API issued' }]);
  }
  return { type, id: id.toLowerCase() };
}

/** Decodes a global id that must name an object of the given type. */
export function idOfType(globalId: string, type: string, field = 'id'): string {
  const decoded = fromGlobalId(globalId, field);
  if (decoded.type !== type) {
    throw badInput([{ field, rule: 'GLOBAL_ID_TYPE', message: `names a ${decoded.type}, not a ${type}` }]);
  }
  return decoded.id;
}
