import type { Reporter, TestCase } from 'vitest/node';

/**
 * The default reporter counts skipped tests but names them only when verbose: this one lists
 * each skipped test with its reason (the note given to `skip(note)`, else its name, which by this
 * project's convention says why), so a skip never goes unnoticed.
 */
export default class SkippedReporter implements Reporter {
  private readonly skipped: string[] = [];

  onTestCaseResult(testCase: TestCase): void {
    const result = testCase.result();
    if (result.state !== 'skipped') return;
    this.skipped.push(
      `  ${testCase.module.moduleId.replace(`${process.cwd()}/`, '')} > ${testCase.fullName}${result.note ? ` — ${result.note}` : ''}`,
    );
  }

  onTestRunEnd(): void {
    if (this.skipped.length === 0) return;
    console.log(`\nSkipped ${this.skipped.length} test(s):\n${this.skipped.join('\n')}`);
  }
}
