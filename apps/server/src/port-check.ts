import { createServer } from 'node:net';

/**
 * Fails fast when the port is taken, before minutes of migration or seeding; the real
 * listen still reports the error should another process take the port in between.
 */
export function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(error));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
