import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // PGlite start-up and real sockets are slow on a 2-core machine; keep files isolated but few at once.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/{core,client,server,mock,testing,model}/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Server rendering: React in Node with no DOM at all (embed.md, server components).
        plugins: [react()],
        test: {
          name: 'ssr',
          environment: 'node',
          include: ['test/ssr/**/*.test.{ts,tsx}'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/{form,react,ui,element}/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-dom.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
