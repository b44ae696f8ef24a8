import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the hub at /console from dist/; in development `npx vite` proxies the API to a local hub.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/dev': 'http://localhost:4000' } },
});
