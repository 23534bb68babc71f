export * from './export-input';
export * from './neutralize-cell';
