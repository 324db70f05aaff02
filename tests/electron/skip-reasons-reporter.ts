import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints why tests were skipped, so a skip is never mistaken for a pass or left unexplained. */
export default class SkipReasonsReporter implements Reporter {
  private readonly reasons = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((annotation) => annotation.type === 'skip')?.description ?? 'ohne Angabe';
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  onEnd(): void {
    for (const [reason, count] of this.reasons) console.log(`  ${count} übersprungen – ${reason}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
