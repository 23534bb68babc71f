import { writeFileSync } from 'node:fs';
import { startBenchServer } from './lib/server-process';

const server = await startBenchServer({
  database: { url: process.env.U!, migrationUrl: process.env.U! },
  nodeArgs: (process.env.NODE_ARGS ?? '').split(' ').filter(Boolean),
});
writeFileSync('/tmp/perfweb-url', server.url);
console.log('ready', server.url, server.pid);
process.on('SIGTERM', async () => {
  await server.stop();
  process.exit(0);
});
setInterval(() => {}, 1 << 30);
