import { auditLogRouter } from './routers/audit-log';
import { authRouter } from './routers/auth';
import { chatsRouter } from './routers/chats';
import { dashboardRouter } from './routers/dashboard';
import { deadlinesRouter } from './routers/deadlines';
import { exportsRouter } from './routers/exports';
import { importsRouter } from './routers/imports';
import { institutionsRouter } from './routers/institutions';
import { municipalitiesRouter } from './routers/municipalities';
import { orgUnitsRouter } from './routers/org-units';
import { policiesRouter } from './routers/policies';
import { regionsRouter } from './routers/regions';
import { savedFiltersRouter } from './routers/saved-filters';
import { staffRouter } from './routers/staff';
import { usersRouter } from './routers/users';
import { wavesRouter } from './routers/waves';
import { router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  regions: regionsRouter,
  municipalities: municipalitiesRouter,
  institutions: institutionsRouter,
  staff: staffRouter,
  users: usersRouter,
  auditLog: auditLogRouter,
  orgUnits: orgUnitsRouter,
  waves: wavesRouter,
  deadlines: deadlinesRouter,
  dashboard: dashboardRouter,
  policies: policiesRouter,
  chats: chatsRouter,
  savedFilters: savedFiltersRouter,
  imports: importsRouter,
  exports: exportsRouter,
});

export type AppRouter = typeof appRouter;
