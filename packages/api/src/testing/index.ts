export * from './callers';
export * from './target-users';
export * from './tree-fixture';
