import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { smallSharedPageModules } from './tools/chunks.ts';

// The API runs on 8080 during development (scripts/run.sh); the dev server proxies to it.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': {
        target: 'http://127.0.0.1:8080',
        changeOrigin: false,
      },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The small modules several pages share (a tag, a hook, a formatter) in one chunk rather than a
          // chunk each: opening a page then loads two files, not six, and a phone is spared the work of
          // asking for each one (tools/chunks.ts).
          groups: [{ name: smallSharedPageModules, debugName: 'small shared page modules', includeDependenciesRecursively: false }],
        },
      },
    },
  },
});
