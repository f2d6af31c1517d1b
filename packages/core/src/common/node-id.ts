import { badInput } from './errors.js';

/** Global object ids (Relay `Node`): the type name travels with the row id, so `node(id)` can find any object. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function fromGlobalId(globalId: string, field = 'id'): { type: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString();
  const separator = decoded.indexOf(':');
  if (separator <= 0 || separator === decoded.length - 1) {
    throw badInput([{ field, rule: 'GLOBAL_ID', message: 'is not an id this API issued' }]);
  }
  return { type: decoded.slice(0, separator), id: decoded.slice(separator + 1) };
}

/** Decodes a global id that must name an object of the given type. */
export function idOfType(globalId: string, type: string, field = 'id'): string {
  const decoded = fromGlobalId(globalId, field);
  if (decoded.type !== type) {
    throw badInput([{ field, rule: 'GLOBAL_ID_TYPE', message: `names a ${decoded.type}, not a ${type}` }]);
  }
  return decoded.id;
}
