// Fails the build when the browser bundle holds server code or loads anything from
// another host: the SPA ships only UI code, and all data stays on the deployment's servers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const serverMarkers = [
  /drizzle/i,
  /PGlite/,
  /argon2/i,
  /fastify/i,
  /pg-protocol/,
  /["'`]node:[a-z]/,
];
const externalLoad = /<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?\/\//i;

const files = readdirSync(join(dist, 'assets')).map((name) => join(dist, 'assets', name));
const problems = [];
for (const file of files.filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(file, 'utf8');
  for (const marker of serverMarkers) {
    if (marker.test(code)) problems.push(`${file}: server code (${marker})`);
  }
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
if (externalLoad.test(html)) problems.push('index.html loads a resource from another host');
for (const file of files.filter((f) => f.endsWith('.css'))) {
  if (/@import\s+url\(["']?https?:|url\(["']?https?:/i.test(readFileSync(file, 'utf8'))) {
    problems.push(`${file}: loads a resource from another host`);
  }
}
if (problems.length > 0) {
  console.error(`bundle check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `bundle check: ${files.length} assets, no server code, nothing loaded from other hosts`,
);
