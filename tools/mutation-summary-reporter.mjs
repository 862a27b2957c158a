// A Stryker reporter that ends `npm run mutation` with one line: the domain's score and how it was reached.
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';

class DomainSummaryReporter {
  static inject = [];

  onMutationTestReportReady(_report, { systemUnderTestMetrics: { metrics } }) {
    const score = metrics.mutationScore.toFixed(1);
    console.log(
      `domain mutation score: ${score} % (killed ${metrics.killed}, survived ${metrics.survived}, ` +
        `no coverage ${metrics.noCoverage}, timeout ${metrics.timeout})`,
    );
  }
}

export const strykerPlugins = [
  declareClassPlugin(PluginKind.Reporter, 'domain-summary', DomainSummaryReporter),
];
