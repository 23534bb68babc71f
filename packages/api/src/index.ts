import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './router';

export { hashPassword } from './auth/passwords';
export type {
  ApiConfig,
  ApiDeps,
  Context,
  Logger,
  ReadAfterWrite,
  RequestInfo,
  SessionCookie,
} from './context';
export { AppError } from './errors';
export * from './exports/index';
export * from './imports/index';
export { type LoggableError, loggableError } from './loggable-error';
export {
  READ_AFTER_WRITE_MS,
  type ReadKind,
  type ReadPool,
  type ReadReason,
} from './read-routing';
export { type AppRouter, appRouter } from './router';
export { createCallerFactory } from './trpc';
export { DEMO_PASSWORD, demoAccounts, ensureDemoAccounts } from './users/demo-accounts';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
