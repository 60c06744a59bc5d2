// The closing lines of a browser run: one line per failed test with its first error line, then
// the plain summary CI reads ("browser: N passed, M failed").
export default class SummaryReporter {
  constructor() {
    this.results = new Map();
    this.started = Date.now();
  }

  onTestEnd(test, result) {
    this.results.set(test.id, { test, result });
  }

  onEnd() {
    const all = [...this.results.values()];
    const failed = all.filter(({ test }) => test.outcome() === 'unexpected' || test.outcome() === 'flaky');
    const passed = all.length - failed.length;
    const lines = [''];
    for (const { test, result } of failed) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the terminal colours from the message.
      const plain = String(result.error?.message ?? result.status).replace(/\u001b\[[0-9;]*m/g, '');
      const first = plain.split('\n')[0];
      lines.push(`✗ ${test.titlePath().filter(Boolean).slice(1).join(' › ')}\n    ${first}`);
    }
    lines.push(
      `${passed} of ${all.length} browser tests passed in ${((Date.now() - this.started) / 1000).toFixed(1)} s.`,
    );
    lines.push(`browser: ${passed} passed, ${failed.length} failed`);
    console.log(lines.join('\n'));
  }

  printsToStdio() {
    return false;
  }
}
