// Builds the single-page app in src/web into dist/web, which the server serves beside /api.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: `${repoRoot}src/web`,
  plugins: [react()],
  css: {
    // CSS Modules: class names keep their file and name (readable in the browser's tools), made unique.
    modules: { generateScopedName: '[name]_[local]_[hash:base64:5]' },
  },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: their own files stay cached across releases.
        manualChunks(id) {
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (id.includes('node_modules/@tanstack/')) return 'tanstack';
          return undefined;
        },
      },
    },
  },
  server: {
    // `npm run dev` serves the app with hot reload; the API runs separately (`highneeds serve --port 3000`).
    proxy: { '/api': 'http://localhost:3000' },
  },
});
