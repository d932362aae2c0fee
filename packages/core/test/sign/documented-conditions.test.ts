/**
 * Every condition the documentation shows (verify's README, the audit-trail page, the example
 * workflows) run against predicates made by attest's own converters from real-shaped tool output:
 * trivy, grype and SARIF scans (a findings-free variant of each too, including trivy's report with
 * no `Results` at all), JUnit reports from jest, pytest and surefire, and approvals. Each documented
 * condition must hold on clean evidence of the tool it is written for and fail on some other
 * evidence, so an example that names a field the predicate does not have (or that fails closed on
 * a clean scan) is caught here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ArtefactsError } from '@immutable-artefacts/core';
import { checkConditions } from '../../src/sign/conditions.js';
import { parseConditionsInput } from '../../src/sign/condition-lines.js';
import { approvalPredicate, APPROVAL_PREDICATE } from '../../src/sign/predicates/approval.js';
import { testResultPredicate, TEST_RESULT_PREDICATE } from '../../src/sign/predicates/test-result.js';
import { vulnPredicate, VULN_PREDICATE } from '../../src/sign/predicates/vuln.js';
import { statement, subject } from '../../src/sign/statements.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'attest');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const digest = `sha256:${'c'.repeat(64)}`;
const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';

type Json = Record<string, unknown>;
const vuln = (document: Json): Json => ({
  ...vulnPredicate(JSON.stringify(document), { input: 'attest-path' }, undefined).predicate,
});
const junit = (name: string) => testResultPredicate(fixture(name), { input: 'attest-path', path: name });
const approval = (environment: string) =>
  approvalPredicate(undefined, { GITHUB_ACTOR: 'octocat' }, environment, new Date('2026-01-01T00:00:00Z'));

const trivy = JSON.parse(fixture('trivy-image.json')) as Json;
const trivyClean = JSON.parse(fixture('trivy-clean.json')) as Json;
const { Results: _none, ...trivyEmpty } = trivyClean;
const grype = JSON.parse(fixture('grype.json')) as Json & { matches: { vulnerability: { severity: string } }[] };
const sarif = JSON.parse(fixture('trivy.sarif')) as Json & { runs: { results: { level?: string }[] }[] };

/** Evidence by tool: clean (no finding that matters, every test passed) and the rest. */
const evidence: Record<string, { clean: [string, Json][]; other: [string, Json][]; type: string }> = {
  trivy: {
    type: VULN_PREDICATE,
    clean: [
      ['trivy-clean.json', vuln(trivyClean)],
      ['trivy-clean.json without Results (nothing scanned found)', vuln(trivyEmpty)],
    ],
    other: [['trivy-image.json', vuln(trivy)]],
  },
  grype: {
    type: VULN_PREDICATE,
    clean: [
      [
        'grype.json without its Critical match',
        vuln({ ...grype, matches: grype.matches.filter((m) => m.vulnerability.severity !== 'Critical') }),
      ],
    ],
    other: [
      ['grype.json', vuln(grype)],
      ['trivy-clean.json', vuln(trivyClean)],
    ],
  },
  sarif: {
    type: VULN_PREDICATE,
    clean: [
      [
        'trivy.sarif without its errors',
        vuln({
          ...sarif,
          runs: sarif.runs.map((r) => ({ ...r, results: r.results.filter((x) => x.level !== 'error') })),
        }),
      ],
    ],
    other: [['trivy.sarif', vuln(sarif)]],
  },
  junit: {
    type: TEST_RESULT_PREDICATE,
    clean: [['jest-junit.xml', { ...junit('jest-junit.xml') }]],
    other: [
      ['pytest-junit.xml', { ...junit('pytest-junit.xml') }],
      ['surefire-skipped.xml', { ...junit('surefire-skipped.xml') }],
    ],
  },
  approval: {
    type: APPROVAL_PREDICATE,
    clean: [['an approval for prod', { ...approval('prod') }]],
    other: [['an approval for staging', { ...approval('staging') }]],
  },
};

/** Which tool's evidence a documented line is written for. */
function toolOf(line: string): keyof typeof evidence {
  if (/test-result:/.test(line)) return 'junit';
  if (/approval:/.test(line)) return 'approval';
  if (/\bResults\b|\bVulnerabilities\b/.test(line)) return 'trivy';
  if (/\bmatches\b|grype/.test(line)) return 'grype';
  if (/\bruns\b/.test(line)) return 'sarif';
  throw new Error(`a documented condition for no known tool: ${line}`);
}

const CONDITION = /^(?:(?:newest|every|any)\s+)?(?:vuln|test-result|approval): .+$/;

/** The condition lines a document shows: in code blocks (YAML `conditions: |`) and inline code. */
function documented(text: string): string[] {
  const inBlocks = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => CONDITION.test(l));
  const inline = [
    ...[...text.matchAll(/``((?:(?:newest|every|any) )?(?:vuln|test-result|approval): .*?) ``/g)].map((m) => m[1]!),
    ...[...text.matchAll(/(?<!`)`((?:(?:newest|every|any) )?(?:vuln|test-result|approval): [^`]*)`(?!`)/g)].map(
      (m) => m[1]!,
    ),
  ];
  return [...inBlocks, ...inline];
}

const documents = [
  'actions/verify/README.extra.md',
  'actions/promote/README.extra.md',
  'docs/audit-trail.md',
  ...readdirSync(join(root, 'docs', 'examples')).map((f) => `docs/examples/${f}`),
];
const lines = documents.flatMap((doc) => {
  let text: string;
  try {
    text = readFileSync(join(root, doc), 'utf8');
  } catch {
    return [];
  }
  return documented(text).map((line) => [doc, line] as const);
});

function holds(line: string, predicateType: string, predicate: Json): boolean {
  try {
    checkConditions(
      parseConditionsInput(raw({ conditions: line })),
      [{ source: 'fixture', statement: statement([subject('ghcr.io/acme/app', digest)], predicateType, predicate) }],
      digest,
    );
    return true;
  } catch (error) {
    if (error instanceof ArtefactsError && error.code === 'VERIFICATION_FAILED') return false;
    throw error;
  }
}

describe('the documented example conditions, on predicates made from real-shaped tool output', () => {
  it('finds the examples for trivy, grype, SARIF, JUnit and approvals in the docs', () => {
    const tools = new Set(lines.map(([, line]) => toolOf(line)));
    expect([...tools].sort()).toEqual(['approval', 'grype', 'junit', 'sarif', 'trivy']);
    expect(lines.some(([doc]) => doc.startsWith('docs/examples/'))).toBe(true);
    expect(lines.some(([doc]) => doc === 'docs/audit-trail.md')).toBe(true);
  });

  it.each(lines.map(([doc, line]) => [line, doc]))(
    '%s (%s) holds on clean evidence of its tool and fails on other evidence',
    (line) => {
      const tool = evidence[toolOf(line)]!;
      for (const [name, predicate] of tool.clean) {
        expect([name, holds(line, tool.type, predicate)]).toEqual([name, true]);
      }
      const failing = tool.other.filter(([, predicate]) => !holds(line, tool.type, predicate));
      expect(failing.length).toBeGreaterThan(0);
    },
  );
});
