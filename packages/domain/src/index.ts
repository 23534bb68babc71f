export * from './errors';
export * from './list-params';
export * from './org-units';
export * from './paths';
export * from './roles';
export * from './waves';
export * from './users';
export * from './org-unit-input';
