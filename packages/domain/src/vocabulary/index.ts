export * from './chats';
export * from './jobs';
export * from './staff';
