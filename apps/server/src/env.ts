import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_IMPORT_BYTES } from '@cutover/api';
import { z } from 'zod';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** 1 GiB: staging is streamed, but a bigger roster is a mistake rather than a roster. */
export const MAX_IMPORT_BYTES_LIMIT = 1024 ** 3;

/** proxy-addr's names for the loopback, link-local and private (unique local) ranges. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An IP address, an address/prefix range, or one of proxy-addr's range names. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** A comma-separated list of proxies whose X-Forwarded-For is believed; none by default. */
const trustedProxies = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
  )
  .superRefine((entries, context) => {
    for (const entry of entries.filter((e) => !isProxyAddress(e))) {
      context.addIssue({
        code: 'custom',
        message: `"${entry}" is not an IP address, an address/prefix range, loopback, linklocal or uniquelocal`,
      });
    }
  });

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  /** The tables' owner, for migrations and the seed; DATABASE_URL is then the runtime role. */
  DATABASE_MIGRATION_URL: z.string().url().optional(),
  DATABASE_READ_URL: z.string().url().optional(),
  /** Connections per PostgreSQL pool (primary and replica each). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  CUTOVER_DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  CUTOVER_DEMO: flag.default(true),
  CUTOVER_SEED: z.enum(['demo', 'none']).default('demo'),
  CUTOVER_REQUIRE_TOTP_FOR_ADMINS: flag.default(false),
  /** How often rollups, snapshots and forecasts are recomputed; 0 turns the job off. */
  CUTOVER_REFRESH_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(15),
  CUTOVER_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  CUTOVER_SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  /** How long a looked-up session is reused (emptied on any auth change); 0 turns it off. */
  CUTOVER_SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(15),
  /** The largest roster file an upload accepts, in bytes (each file of a OneRoster pair). */
  CUTOVER_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_IMPORT_BYTES_LIMIT)
    .default(DEFAULT_MAX_IMPORT_BYTES),
  CUTOVER_SECURE_COOKIES: flag.optional(),
  CUTOVER_TRUSTED_PROXIES: trustedProxies.default([]),
  CUTOVER_WEB_DIST: z.string().default(path.join(repoRoot, 'apps/web/dist')),
  CUTOVER_PUBLIC_ORIGIN: z.string().url().optional(),
  /** How often the audit log's head is signed and written outside the database; 0: never. */
  CUTOVER_AUDIT_CHECKPOINT_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(5),
  /** Default: <CUTOVER_DATA_DIR>/audit-checkpoints (see audit/checkpoint-setup.ts). */
  CUTOVER_AUDIT_CHECKPOINT_DIR: z.string().optional(),
  /** An Ed25519 private key, PKCS#8 PEM; or a file holding one. Demo mode makes its own. */
  CUTOVER_AUDIT_SIGNING_KEY: z.string().optional(),
  CUTOVER_AUDIT_SIGNING_KEY_FILE: z.string().optional(),
  /** Where finished exports are written until they expire. Default: <CUTOVER_DATA_DIR>/exports. */
  CUTOVER_EXPORT_DIR: z.string().optional(),
  /**
   * On SIGTERM, how long /readyz fails while requests are still served, so a load balancer
   * stops sending new ones before the listener closes.
   */
  CUTOVER_DRAIN_SECONDS: z.coerce.number().int().min(0).max(300).default(0),
  /** A listener of its own for GET /metrics (Prometheus); unset: none. */
  CUTOVER_METRICS_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  /** Where that listener binds: the loopback unless a scraper elsewhere must reach it. */
  CUTOVER_METRICS_HOST: z.string().default('127.0.0.1'),
  /**
   * A bearer token for /metrics. Set, /metrics is also served on the main port, to requests
   * carrying `Authorization: Bearer <token>` only (and the token is required on the metrics port).
   */
  CUTOVER_METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('production'),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Reads and validates the configuration; a bad value names the variable and why. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}
