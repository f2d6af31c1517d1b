import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

const POOL_SIZE = 16 * 4096;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

/** 16 random bytes from a pool filled 4,096 ids at a time: one system call per id costs more than the id. */
function pooledRandom(): Uint8Array {
  if (offset === POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  offset += 16;
  return pool.subarray(offset - 16, offset);
}

/**
 * A time-ordered id (UUIDv7, RFC 9562). Rows written together sit together in the primary-key
 * index, so bulk imports append instead of touching a random page per row.
 */
export function timeOrderedId(): string {
  return v7({ random: pooledRandom() });
}
