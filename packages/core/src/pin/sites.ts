/**
 * A place in a deployment descriptor that names an image (a site), and the text edits that pin it.
 * Every finder (YAML kinds, Dockerfile) reports sites the same way; edits are byte ranges of the
 * original text, so everything outside the rewritten value stays exactly as it was.
 */
import { isArtefactsError } from '../errors.js';
import { formatReference, parseReference, type RegistryReference } from '../oci/references.js';

/** Where the reference was found: decides only how it is pinned and how it is labelled. */
export type SiteKind = 'kubernetes' | 'compose' | 'kustomize' | 'helm' | 'dockerfile' | 'yaml';

/** Replace `start..end` of the original text with `text` (an insertion when start === end). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type Pinner = (ref: RegistryReference, digest: string) => TextEdit[];

export interface Site {
  readonly kind: SiteKind;
  /** 1-based line of the reference in the file as it was read. */
  readonly line: number;
  /** The reference as the file names it (a Helm map's registry, repository and tag joined). */
  readonly reference: string;
  /** The parsed reference; undefined when it cannot be resolved (`problem` says why). */
  readonly ref: RegistryReference | undefined;
  readonly problem: string | undefined;
  /** The edits that pin this (parsed) reference to `digest`; only called for a reference without one. */
  readonly pin: Pinner;
}

/** Parses a reference found in a file; a variable, a layout or a bad reference is a problem, not a guess. */
export function siteFor(kind: SiteKind, line: number, reference: string, pin: Pinner): Site {
  const base = { kind, line, reference, pin };
  if (/\$|\{\{/.test(reference)) {
    return {
      ...base,
      ref: undefined,
      problem: 'the reference holds a variable (ARG, ${…} or a template), substituted later: not guessed',
    };
  }
  if (reference.startsWith('oci:')) return { ...base, ref: undefined, problem: 'an oci: layout is not deployable' };
  try {
    const ref = parseReference(reference);
    if (ref.kind !== 'registry') return { ...base, ref: undefined, problem: 'not a registry reference' };
    return { ...base, ref, problem: undefined };
  } catch (error) {
    if (isArtefactsError(error)) return { ...base, ref: undefined, problem: error.message };
    throw error;
  }
}

/** The reference written with its digest: `name:tag@digest`, the tag made explicit (`latest`) when absent. */
export function pinnedText(written: string, ref: RegistryReference, digest: string): string {
  return ref.tag === undefined ? `${written}:latest@${digest}` : `${written}@${digest}`;
}

/** What is resolved for a reference: one key per registry, repository and tag (the digest left out). */
export function tagKey(ref: RegistryReference): string {
  return formatReference(ref, { tag: ref.tag ?? 'latest', digest: undefined });
}

/** The text with the edits applied (they never overlap: each rewrites its own value). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** 1-based line numbers of offsets in one text. */
export function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
