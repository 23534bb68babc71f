import { fileURLToPath } from 'node:url';
import { bundle } from './bundle';

/** `pnpm build`: the server as compiled JavaScript in dist/main.js (what `pnpm start` runs). */
const serverDir = fileURLToPath(new URL('../..', import.meta.url));
await bundle(`${serverDir}src/main.ts`, `${serverDir}dist/main.js`);
