import { constants as zlibConstants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

// The API server in development; another port with CUTOVER_API_URL=http://127.0.0.1:3100.
const api = process.env.CUTOVER_API_URL ?? 'http://127.0.0.1:3000';

// Libraries the entry always needs get stable chunks that stay cached across releases.
// MUI and react-admin are left to automatic splitting: a group would pull the parts only
// lazy pages use into the first load.
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'trpc', test: /node_modules[\\/](@trpc|superjson|copy-anything|is-what)[\\/]/ },
];

export default defineConfig({
  plugins: [
    react(),
    // Brotli and gzip copies beside each file, made once at build: the server sends the one the
    // browser accepts without compressing per request (apps/server/src/routes/spa.ts).
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      threshold: 1024,
    }),
  ],
  server: {
    // changeOrigin stays off: the server refuses a POST whose Origin does not match its Host.
    proxy: {
      '/trpc': { target: api, changeOrigin: false },
      '/healthz': { target: api, changeOrigin: false },
      '/api': { target: api, changeOrigin: false },
    },
  },
  build: {
    sourcemap: false,
    // dist/.vite/manifest.json: the server names the dashboard's chunks in a signed-in page
    // (apps/server/src/routes/first-screen-preloads.ts).
    manifest: true,
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
