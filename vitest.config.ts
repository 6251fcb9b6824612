import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Many tests start real processes (the bot, the CLI, npm itself) on a 2-core machine that CI and
    // other jobs share; each start loads natural's main module (about 0.5 s, seconds under load).
    // Vitest's default of 5 s failed them under load; a test that hangs still fails, after 30 s.
    testTimeout: 30_000,
  },
});
