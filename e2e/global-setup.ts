import { startServer } from './support/server';
import { buildWebIfStale } from './support/web-build';

const log = (line: string) => process.stdout.write(`[e2e] ${line}\n`);

/**
 * Builds the web app if needed and starts one real server for the whole run; tests find
 * it through CUTOVER_E2E_BASE_URL (workers inherit the environment set here). Set that
 * variable yourself to test a server you already run.
 */
export default async function globalSetup() {
  if (process.env.CUTOVER_E2E_BASE_URL) {
    log(`testing the server at ${process.env.CUTOVER_E2E_BASE_URL}`);
    return;
  }
  buildWebIfStale(log);
  const server = await startServer(log);
  process.env.CUTOVER_E2E_BASE_URL = server.url;
  return async () => {
    await server.stop();
    log(`server (pid ${server.pid}) stopped`);
  };
}
