// Prints the scores and metrics of Lighthouse JSON reports as a Markdown table, and for a report
// under target the audits that cost it points (written by lighthouse.sh; see README.md).
//   node lighthouse-summary.js PERFORMANCE_TARGET ACCESSIBILITY_TARGET LABEL=report.json ...
'use strict';
const fs = require('fs');

const [performanceTarget, accessibilityTarget, ...reports] = process.argv.slice(2);
const score = (category) => (category && category.score !== null ? Math.round(category.score * 100) : NaN);
const ms = (audit) => (audit && typeof audit.numericValue === 'number' ? Math.round(audit.numericValue) : NaN);

const rows = [];
const failing = [];
for (const argument of reports) {
  const [label, file] = argument.split('=');
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const performance = score(report.categories.performance);
  const accessibility = score(report.categories.accessibility);
  const audits = report.audits;
  rows.push(`| ${label} | ${performance} | ${accessibility} | ${ms(audits['first-contentful-paint'])} | ` +
    `${ms(audits['largest-contentful-paint'])} | ${ms(audits['total-blocking-time'])} | ` +
    `${audits['cumulative-layout-shift'].numericValue.toFixed(3)} | ${ms(audits['server-response-time'])} |`);
  if (performance < Number(performanceTarget) || accessibility < Number(accessibilityTarget)) {
    // The audits Lighthouse marks as failed, biggest estimated saving first: where the points went.
    const failed = Object.entries(audits)
      .filter(([, a]) => a.score !== null && a.score < 0.9
        && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
      .sort(([, a], [, b]) => (b.details?.overallSavingsMs ?? 0) - (a.details?.overallSavingsMs ?? 0));
    failing.push(`${label} (performance ${performance}, accessibility ${accessibility}):`);
    for (const [id, audit] of failed) {
      failing.push(`  - ${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
}

console.log('| page, form factor | performance | accessibility | FCP ms | LCP ms | TBT ms | CLS | server response ms |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
rows.forEach((row) => console.log(row));
console.log(`\nTargets: performance ≥ ${performanceTarget}, accessibility ≥ ${accessibilityTarget}.`);
if (failing.length > 0) {
  console.log('\nUnder target; the failed audits:');
  failing.forEach((line) => console.log(line));
}
