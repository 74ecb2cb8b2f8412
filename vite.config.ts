// Builds the single-page app in src/web into dist/web, which the server serves beside /api.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: `${repoRoot}src/web`,
  plugins: [react()],
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
  },
  server: {
    // `npm run dev` serves the app with hot reload; the API runs separately (`highneeds serve --port 3000`).
    proxy: { '/api': 'http://localhost:3000' },
  },
});
