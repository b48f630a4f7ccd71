import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts', 'app/**/*.test.ts'],
    environment: 'node',
    // The JSON report lets CI print one plain "N passed, N failed" line for the whole run.
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
