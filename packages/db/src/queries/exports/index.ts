export * from './admin-list-reports';
export * from './export-jobs';
export * from './export-runs';
export * from './list-reports';
export * from './report-copy';
export * from './report-source';
export * from './setting-reports';
export * from './unit-reports';
