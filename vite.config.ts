import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './': every asset path is relative, so dist/ works when served from any sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: false },
});
