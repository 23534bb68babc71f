export * from './dates';
export * from './ids';
export * from './json-value';
export * from './list-filter';
export * from './text';
