export {
  type RefreshOptions,
  type RefreshReport,
  rebuildSubtreeHistory,
  refreshAdoption,
} from './refresh';
