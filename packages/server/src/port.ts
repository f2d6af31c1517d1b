import { createServer } from 'node:net';

/**
 * Refuses a port another process listens on before anything is started or migrated, naming PORT
 * (Fastify would fail only after the database work, with a bare EADDRINUSE). Port 0 picks a free one.
 */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      const why =
        error.code === 'EADDRINUSE'
          ? `another process is already listening on ${host}:${port}`
          : error.code === 'EACCES'
            ? `this user may not listen on ${host}:${port}`
            : `cannot listen on ${host}:${port} (${error.code ?? error.message})`;
      reject(
        new Error(
          `Invalid configuration: PORT=${port}: ${why}. Stop it, or choose another port (PORT=4001 pnpm start).`,
        ),
      );
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
