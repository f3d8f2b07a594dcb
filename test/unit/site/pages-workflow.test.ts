// The GitHub Pages workflow builds for the repository's address (SITE, BASE_PATH) and publishes dist/.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  environment?: { name?: string; url?: string };
  steps: Step[];
}
interface Workflow {
  on: { push?: { branches?: string[] }; workflow_dispatch?: unknown };
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync(new URL('../../../.github/workflows/pages.yml', import.meta.url), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const action = (name: string): Step | undefined => steps.find((step) => step.uses?.split('@')[0] === name);

describe('.github/workflows/pages.yml', () => {
  it('runs on a push to main and by hand, one deploy at a time', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('may publish to Pages and nothing more', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('installs with npm ci on Node 20, then builds with SITE and BASE_PATH from the repository variables', () => {
    expect(action('actions/checkout')).toBeDefined();
    expect(action('actions/setup-node')?.with).toEqual({ 'node-version': 20, cache: 'npm' });
    const runs = steps.filter((step) => step.run).map((step) => step.run?.trim());
    expect(runs).toEqual(['npm ci', 'npm run build']);
    const build = steps.find((step) => step.run?.trim() === 'npm run build');
    // Without the variables: https://<owner>.github.io and /<repo>/, where GitHub serves a project's Pages.
    expect(build?.env).toEqual({
      SITE: "${{ vars.SITE || format('https://{0}.github.io', github.repository_owner) }}",
      BASE_PATH: "${{ vars.BASE_PATH || format('/{0}/', github.event.repository.name) }}",
    });
  });

  it('uploads dist/ and deploys it after the build', () => {
    expect(action('actions/upload-pages-artifact')?.with).toEqual({ path: 'dist' });
    const [deployName, deploy] = Object.entries(workflow.jobs).find(([, job]) => job.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))) ?? [];
    expect(deployName).toBe('deploy');
    expect(deploy?.needs).toBe('build');
    expect(deploy?.environment?.name).toBe('github-pages');
    expect(workflow.jobs['build']?.steps.some((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))).toBe(true);
  });
});
