// Prints the closing line CI reads: "tests: N passed, N failed".
// A spec file can fail without a failing test: it threw while loading (no test ran), or in an afterAll, which
// Jest pins on no test. Each such file counts as one failure, so a failed run never reads "0 failed".
const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const brokenFiles = results.testResults.filter(
      (file) => (file.testExecError || file.failureMessage) && file.numFailingTests === 0,
    );
    const notLoaded = brokenFiles.filter((file) => file.testResults.length === 0).length;
    const failedOutsideTests = brokenFiles.length - notLoaded;
    const skipped = results.numPendingTests + results.numTodoTests;
    const notes = [
      notLoaded > 0 ? `${plural(notLoaded, 'spec file')} failed to load` : '',
      failedOutsideTests > 0 ? `${plural(failedOutsideTests, 'spec file')} failed outside its tests` : '',
    ].filter(Boolean);
    const failed = results.numFailedTests + brokenFiles.length;
    process.stdout.write(
      `\ntests: ${results.numPassedTests} passed, ${failed} failed` +
        (notes.length > 0 ? ` (${notes.join(', ')})` : '') +
        (skipped > 0 ? `, ${skipped} skipped` : '') +
        '\n',
    );
  }
}
module.exports = SummaryReporter;
