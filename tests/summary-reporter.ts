// Ends a run with one plain line, "browser: N passed, N failed, N skipped",
// so whoever reads the log (people and CI alike) sees the count at a glance.
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    // Count each test once, by its final attempt.
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    const outcome = test.outcome();
    if (outcome === 'skipped') this.skipped += 1;
    else if (outcome === 'expected' || outcome === 'flaky') this.passed += 1;
    else this.failed += 1;
  }

  onEnd(): void {
    console.log(`browser: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
