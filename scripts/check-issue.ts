// check-issue: validate issue files (against each other and the archive) without building the site.
// Usage: npm run --silent check-issue -- [--json] [--explain] [FILE...]   (no FILE: the whole archive)
import { runCheckIssue } from './lib/check-issue-run.ts';

const result = runCheckIssue(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.status;
