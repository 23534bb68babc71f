import { benchDashboard } from './dashboard';
import { benchImports } from './imports';
import { benchPolicies } from './policies';

const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url) {
  process.stderr.write(
    'cutover bench: set DATABASE_URL to a national-scale PostgreSQL database (pnpm seed --scale national)\n',
  );
  process.exit(1);
}

await benchDashboard(url);
await benchPolicies(url);
await benchImports(url);
