import type { Database, SessionCache, SessionRecord } from '@cutover/db';
import type { ReadObserver } from './read-routing';

export interface ApiConfig {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** When true, federal and regional admins must enrol and use a TOTP second factor. */
  requireSecondFactorForAdmins: boolean;
  demoMode: boolean;
}

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface ApiDeps {
  database: Database;
  /** A read replica for dashboards, lists and exports; the primary when none is configured. */
  readDatabase?: Database | undefined;
  /** Told where each scoped read went and why (metrics). */
  observeRead?: ReadObserver | undefined;
  config: ApiConfig;
  logger: Logger;
  /** Recently looked-up sessions (none: every request looks its session up). */
  sessionCache?: SessionCache<SessionRecord> | undefined;
  /** Report exports: where files are written (a temporary directory when unset). */
  exports?: { dir: string; checkpointFile?: string | undefined } | undefined;
}

/**
 * What a handler behind the scope gate may still use of the dependencies: no database
 * handle, so the scoped data object is its only way to the data.
 */
export type ScopedDeps = Omit<
  ApiDeps,
  'database' | 'readDatabase' | 'observeRead' | 'sessionCache'
>;

export interface RequestInfo {
  requestId: string;
  clientIp: string;
  userAgent: string | null;
  sessionToken: string | undefined;
}

export interface SessionCookie {
  set(token: string): void;
  clear(): void;
}

/** Read-your-writes across instances: a client that just wrote reads from the primary. */
export interface ReadAfterWrite {
  /** Until when (epoch ms) this client's reads go to the primary, as its cookie says. */
  primaryUntil: number | undefined;
  wrote(until: number): void;
}

export interface Context {
  deps: ApiDeps;
  request: RequestInfo;
  sessionCookie: SessionCookie;
  readAfterWrite?: ReadAfterWrite | undefined;
}
