import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the server at `/` (packages/server/src/console-routes.ts): everything bundled, no CDN.
export default defineConfig({
  plugins: [react()],
  base: '/',
  resolve: { conditions: ['@hoctap/source'] },
  build: { outDir: 'dist', assetsDir: 'assets', sourcemap: false },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
