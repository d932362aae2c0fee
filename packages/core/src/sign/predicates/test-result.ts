/**
 * JUnit XML as in-toto's test-result predicate (https://in-toto.io/attestation/test-result/v0.1):
 * `result` PASSED / WARNED / FAILED, and the names of the passed, warned (skipped) and failed
 * tests, with the report file as the configuration it came from.
 * Spec: https://github.com/in-toto/attestation/blob/main/spec/predicates/test-result.md
 *
 * No XML parser is a dependency of core, so this is a small reader of exactly what JUnit reports
 * hold: elements and their attributes (quoted, with the five named and numeric character
 * references), comments, CDATA, processing instructions and a DOCTYPE without an internal subset,
 * which is refused (no entity expansion). Text content is skipped. Size and depth are bounded.
 */
import { basename } from 'node:path';
import { ArtefactsError } from '../../errors.js';
import { digestHex, sha256 } from '../../oci/media.js';

export const TEST_RESULT_PREDICATE = 'https://in-toto.io/attestation/test-result/v0.1';

/** Reports larger than this are refused rather than read (a JUnit file of 100k tests is ~20 MiB). */
export const MAX_JUNIT_BYTES = 64 * 1024 * 1024;
const MAX_DEPTH = 256;

export interface TestResultPredicate {
  readonly result: 'PASSED' | 'WARNED' | 'FAILED';
  readonly configuration: readonly { name: string; digest: { sha256: string } }[];
  readonly url?: string;
  readonly passedTests: readonly string[];
  readonly warnedTests: readonly string[];
  readonly failedTests: readonly string[];
}

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
}

function junitError(input: string, path: string, reason: string): ArtefactsError {
  return new ArtefactsError('INPUT_INVALID', `Input '${input}': ${path} is not a JUnit XML report (${reason}).`, {
    hint: 'Give the JUnit XML file the test runner wrote (e.g. jest-junit, pytest --junitxml, surefire).',
  });
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(value: string, fail: (reason: string) => never): string {
  return value.replace(/&([^;&\s]{1,10});/g, (_, ref: string) => {
    if (ref in NAMED) return NAMED[ref]!;
    const code = /^#x([0-9a-f]{1,6})$/i.test(ref)
      ? parseInt(ref.slice(2), 16)
      : /^#([0-9]{1,7})$/.test(ref)
        ? parseInt(ref.slice(1), 10)
        : NaN;
    if (Number.isNaN(code) || code > 0x10ffff) fail(`unknown character reference &${ref};`);
    return String.fromCodePoint(code);
  });
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;

/** Reads the element tree of an XML document (elements and attributes only). */
export function readXml(xml: string, fail: (reason: string) => never): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  const skipPast = (end: string, what: string) => {
    const at = xml.indexOf(end, i);
    if (at < 0) fail(`unterminated ${what}`);
    i = at + end.length;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<!--', i)) skipPast('-->', 'comment');
    else if (xml.startsWith('<![CDATA[', i)) skipPast(']]>', 'CDATA section');
    else if (xml.startsWith('<?', i)) skipPast('?>', 'processing instruction');
    else if (xml.startsWith('<!DOCTYPE', i)) {
      const end = xml.indexOf('>', i);
      if (end < 0) fail('unterminated DOCTYPE');
      if (xml.slice(i, end).includes('[')) fail('a DOCTYPE with an internal subset (entities are not expanded)');
      i = end + 1;
    } else if (xml.startsWith('</', i)) {
      const name = NAME.exec(xml.slice(i + 2, i + 2 + 512))?.[0];
      const open = stack[stack.length - 1]!;
      if (!name || stack.length === 1 || open.name !== name) fail(`unexpected </${name ?? ''}> at offset ${i}`);
      stack.pop();
      skipPast('>', 'end tag');
    } else {
      i += 1;
      const name = NAME.exec(xml.slice(i, i + 512))?.[0];
      if (!name) fail(`a '<' that starts no element at offset ${i - 1}`);
      i += name.length;
      const attributes: Record<string, string> = {};
      for (;;) {
        const space = /^\s+/.exec(xml.slice(i, i + 256))?.[0] ?? '';
        const attribute = NAME.exec(xml.slice(i + space.length, i + space.length + 512))?.[0];
        if (!space || !attribute) break;
        i += space.length + attribute.length;
        const equals = /^\s*=\s*(["'])/.exec(xml.slice(i, i + 256));
        if (!equals) fail(`attribute ${attribute} of <${name}> has no quoted value`);
        i += equals[0].length;
        const end = xml.indexOf(equals[1]!, i);
        if (end < 0) fail(`attribute ${attribute} of <${name}> is not closed`);
        const value = xml.slice(i, end);
        if (value.includes('<')) fail(`attribute ${attribute} of <${name}> holds a '<'`);
        attributes[attribute] = decode(value, fail);
        i = end + 1;
      }
      const close = /^\s*(\/?)>/.exec(xml.slice(i, i + 1024));
      if (!close) fail(`a malformed <${name}> tag at offset ${i}`);
      i += close[0].length;
      const element: XmlElement = { name, attributes, children: [] };
      stack[stack.length - 1]!.children.push(element);
      if (close[1] !== '/') {
        if (stack.length > MAX_DEPTH) fail(`elements nested deeper than ${MAX_DEPTH}`);
        stack.push(element);
      }
    }
  }
  if (stack.length > 1) fail(`<${stack[stack.length - 1]!.name}> is not closed`);
  if (root.children.length !== 1) fail(root.children.length === 0 ? 'no root element' : 'more than one root element');
  return root.children[0]!;
}

/** Every <testcase> under the root, depth-first (suites nest in some runners' reports). */
function testcases(element: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const child of element.children) {
    if (child.name === 'testcase') out.push(child);
    else testcases(child, out);
  }
  return out;
}

/** A test's name as the spec's lists hold it: `classname.name` (or `name` alone), unique in its list. */
function testName(testcase: XmlElement): string {
  const { classname, name } = testcase.attributes;
  const base = name ?? '(unnamed)';
  return classname && classname !== '' ? `${classname}.${base}` : base;
}

/**
 * Converts a JUnit XML report to the test-result predicate: a test with <failure> or <error> failed,
 * one with <skipped> is warned, the others passed. `result` is FAILED if any failed, else WARNED
 * if any was skipped, else PASSED. A report with no test at all is refused (nothing was tested).
 */
export function testResultPredicate(
  xml: string,
  options: { input: string; path: string; url?: string | undefined },
): TestResultPredicate {
  const fail = (reason: string): never => {
    throw junitError(options.input, options.path, reason);
  };
  if (Buffer.byteLength(xml, 'utf8') > MAX_JUNIT_BYTES) fail(`larger than ${MAX_JUNIT_BYTES} bytes`);
  const root = readXml(xml, fail);
  if (root.name !== 'testsuites' && root.name !== 'testsuite') {
    fail(`the root element is <${root.name}>, not <testsuites> or <testsuite>`);
  }
  const cases = testcases(root);
  if (cases.length === 0) fail('it holds no <testcase>');
  const passedTests: string[] = [];
  const warnedTests: string[] = [];
  const failedTests: string[] = [];
  for (const testcase of cases) {
    const outcomes = new Set(testcase.children.map((c) => c.name));
    const name = testName(testcase);
    if (outcomes.has('failure') || outcomes.has('error')) failedTests.push(name);
    else if (outcomes.has('skipped')) warnedTests.push(name);
    else passedTests.push(name);
  }
  const result = failedTests.length > 0 ? 'FAILED' : warnedTests.length > 0 ? 'WARNED' : 'PASSED';
  return {
    result,
    configuration: [
      {
        name: basename(options.path),
        digest: { sha256: digestHex(sha256(xml)) },
      },
    ],
    ...(options.url ? { url: options.url } : {}),
    passedTests,
    warnedTests,
    failedTests,
  };
}
