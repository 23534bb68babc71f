export * from './client';
export * from './data-dir-lock';
export * as schema from './schema/index';
