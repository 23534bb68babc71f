import { openDatabase } from '@cutover/db';
import { benchDashboard } from './dashboard';
import { benchExports } from './exports';
import { benchHttp } from './http';
import { benchImports } from './imports';
import { benchLists } from './lists';
import { benchPolicies } from './policies';
import { benchRefresh } from './refresh';

const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url) {
  process.stderr.write(
    'cutover bench: set DATABASE_URL to a national-scale PostgreSQL database (pnpm seed --scale national)\n',
  );
  process.exit(1);
}

const benches = {
  dashboard: benchDashboard,
  lists: benchLists,
  policies: benchPolicies,
  imports: benchImports,
  http: benchHttp,
  exports: benchExports,
  refresh: benchRefresh,
};
type Name = keyof typeof benches;
const isName = (arg: string): arg is Name => Object.hasOwn(benches, arg);

// `pnpm bench dashboard policies` runs only those; no names runs them all.
const asked = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = asked.filter((arg) => !isName(arg));
if (unknown.length > 0) {
  process.stderr.write(
    `cutover bench: unknown ${unknown.join(', ')}; choose from ${Object.keys(benches).join(', ')}\n`,
  );
  process.exit(1);
}
const chosen: Name[] =
  asked.length > 0
    ? asked.filter(isName)
    : ['dashboard', 'lists', 'policies', 'imports', 'http', 'exports', 'refresh'];
// A database seeded by older code gets the migrations since (the benches read the schema
// the code expects; the seed migrates, but a database may predate later migrations).
const database = await openDatabase({ url, poolSize: 2 });
try {
  await database.migrate();
} finally {
  await database.close();
}
for (const name of chosen) await benches[name](url);
