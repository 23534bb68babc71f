import { orgLevelRouter } from './org-level';

export const regionsRouter = orgLevelRouter('region', 'regions');
