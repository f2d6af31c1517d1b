import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPortFree } from './port.js';

describe('assertPortFree', () => {
  let busy: Server;
  let port: number;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    port = (busy.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it('names PORT and the address when another process listens there', async () => {
    await expect(assertPortFree('127.0.0.1', port)).rejects.toThrow(
      `Invalid configuration: PORT=${port}: another process is already listening on 127.0.0.1:${port}`,
    );
  });

  it('lets a free port (and 0) through, and leaves it free', async () => {
    await assertPortFree('127.0.0.1', 0);
    const free = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    await assertPortFree('127.0.0.1', free);
    await assertPortFree('127.0.0.1', free);
  });
});
