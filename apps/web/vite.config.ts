import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:3000';

// Libraries the entry always needs get stable chunks that stay cached across releases.
// MUI and react-admin are left to automatic splitting: a group would pull the parts only
// lazy pages use into the first load.
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'trpc', test: /node_modules[\\/](@trpc|superjson|copy-anything|is-what)[\\/]/ },
];

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/trpc': api, '/healthz': api },
  },
  build: {
    sourcemap: false,
    rolldownOptions: {
      // @cutover/domain is pure TypeScript without side effects; saying so lets the bundle
      // drop the zod schemas the browser never uses.
      treeshake: {
        moduleSideEffects: [{ test: /packages[\\/]domain[\\/]src[\\/]/, sideEffects: false }],
      },
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
});
