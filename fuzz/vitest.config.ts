import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['fuzz/**/*.fuzz.ts'],
    hookTimeout: 120_000,
  },
});
