export * from './assessment';
export * from './days';
export * from './deadlines';
export * from './forecast';
export * from './metrics';
export * from './risk';
export type { SeriesPoint } from './trend';
