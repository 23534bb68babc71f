import { orgLevelRouter } from './org-level';

export const institutionsRouter = orgLevelRouter('institution', 'institutions');
