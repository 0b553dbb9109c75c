import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The React app lives under /app; the server serves dist/web/index.html for every /app route.
export default defineConfig({
  root: 'src/web',
  base: '/app/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: true,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/static': 'http://127.0.0.1:3000' } },
});
