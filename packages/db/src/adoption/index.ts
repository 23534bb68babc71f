export { type RefreshReport, rebuildSubtreeHistory, refreshAdoption } from './refresh';
