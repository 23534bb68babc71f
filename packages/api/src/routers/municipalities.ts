import { orgLevelRouter } from './org-level';

export const municipalitiesRouter = orgLevelRouter('municipality', 'municipalities');
