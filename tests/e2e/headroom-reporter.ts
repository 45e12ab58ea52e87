// Lists the tests that used more than a third of their timeout. Such a test passes on a quiet
// machine and can time out on a loaded one (two of ours did: ten page loads against one minute),
// so the list names the next flaky test before it flakes. It prints figures and never fails
// a run: tests do not assert timings.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** The share of its timeout a test may use before it is listed. */
export const HEADROOM_SHARE = 1 / 3;

export default class HeadroomReporter implements Reporter {
  private readonly tight: string[] = [];
  private passed = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'passed' || test.timeout === 0) return;
    this.passed++;
    if (result.duration <= test.timeout * HEADROOM_SHARE) return;
    const share = Math.round((100 * result.duration) / test.timeout);
    this.tight.push(
      `  ${(result.duration / 1000).toFixed(1)} s of ${test.timeout / 1000} s (${share} %)  ${test.titlePath().filter(Boolean).join(' › ')}`,
    );
  }

  onEnd(_result: FullResult): void {
    if (this.passed === 0) return;
    if (this.tight.length === 0) {
      console.log('Headroom: every passed test used at most a third of its timeout.');
      return;
    }
    console.log(
      `Headroom: ${this.tight.length} test(s) used more than a third of their timeout; split them or give them a timeout that fits their work:`,
    );
    for (const line of this.tight) console.log(line);
  }

  printsToStdio(): boolean {
    return true;
  }
}
