export * from './dates';
export * from './idempotency';
export * from './ids';
export * from './json-value';
export * from './list-filter';
export * from './text';
