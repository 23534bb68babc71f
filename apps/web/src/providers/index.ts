import { trpcAuthApi } from './authApi';
import { createAuthProvider } from './authProvider';
import { createDataProvider } from './dataProvider';
import { trpcByPath } from './trpcClient';

export const dataProvider = createDataProvider(trpcByPath);
export const authProvider = createAuthProvider(trpcAuthApi);
