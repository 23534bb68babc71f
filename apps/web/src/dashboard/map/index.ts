import { lazy } from 'react';

export { mapKindOf } from './mapKind';

/** The shapes (about 100 kB) and d3-geo load with the map only, behind the panel's skeleton. */
export const UnitMap = lazy(() => import('./UnitMap').then((m) => ({ default: m.UnitMap })));
