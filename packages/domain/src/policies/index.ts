export * from './catalog';
export * from './errors';
export * from './inputs';
export * from './parse';
export * from './resolve';
export * from './rules';
export * from './same-value';
export * from './services';
