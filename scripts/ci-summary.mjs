// Prints one closing line per suite and one for the run, "tests: N passed, N failed", from the
// JSON reports Vitest and Playwright write, so CI can tell that tests ran and how many.
import { readFileSync, existsSync } from 'node:fs';

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

let passed = 0;
let failed = 0;
const unit = read('reports/unit.json');
if (unit) {
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
const e2e = read('reports/e2e.json');
if (e2e) {
  const { expected = 0, unexpected = 0, flaky = 0 } = e2e.stats ?? {};
  console.log(`e2e: ${expected + flaky} passed, ${unexpected} failed`);
  passed += expected + flaky;
  failed += unexpected;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || (!unit && !e2e) ? 1 : 0);
