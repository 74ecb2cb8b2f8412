// Prints one closing line CI can read: "vitest: N passed, N failed, N skipped".
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      let failedHere = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failedHere += 1;
        else skipped += 1;
      }
      // A file that fails outside any test (an import error, a failing beforeAll) skips its tests:
      // count the file itself as a failure so the closing line never reads as a clean run.
      failed += failedHere > 0 || testModule.state() !== 'failed' ? failedHere : 1;
    }
    // Written after the default reporter's summary so it is the last line of the run.
    setImmediate(() =>
      process.stdout.write(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`),
    );
  }
}
