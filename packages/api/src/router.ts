import { authRouter } from './routers/auth';
import { institutionsRouter } from './routers/institutions';
import { municipalitiesRouter } from './routers/municipalities';
import { regionsRouter } from './routers/regions';
import { staffRouter } from './routers/staff';
import { router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  regions: regionsRouter,
  municipalities: municipalitiesRouter,
  institutions: institutionsRouter,
  staff: staffRouter,
});

export type AppRouter = typeof appRouter;
