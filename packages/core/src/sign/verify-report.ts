/**
 * verify's short result, what `artefacts verify` prints and the action logs: the digest, one line
 * per signature found (its statement type, signer, and the rule that accepted or refused it), one
 * per file or digest. The statements themselves (an SBOM attestation carries the whole SBOM) only
 * with `show-statements`, or in the `json` / `statements` outputs.
 */
import type { ImageVerification } from './image.js';
import type { VerifiedSigner } from './verify-policy.js';

export interface VerifiedSubjectLine {
  /** A file path (relative to the workspace) or a `sha256:` digest. */
  readonly subject: string;
  readonly kind: 'message-signature' | 'dsse';
  readonly predicateType: string | undefined;
  readonly signer: string;
  readonly bundle: string;
}

export function signerText(signer: VerifiedSigner): string {
  if (signer.kind === 'key') return `key ${signer.keyHint ?? ''}`.trim();
  return `${signer.identity ?? ''}${signer.issuer ? ` (issuer ${signer.issuer})` : ''}`;
}

const clip = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The short result; the statements in full only when asked for. */
export function verifyReport(options: {
  readonly image?: { readonly name: string; readonly verification: ImageVerification } | undefined;
  readonly subjects: readonly VerifiedSubjectLine[];
  readonly showStatements: boolean;
}): string {
  const lines: string[] = [];
  const { image } = options;
  if (image) {
    const v = image.verification;
    lines.push(`image     ${image.name}@${v.digest}`);
    for (const s of v.verified) {
      lines.push(`  accepted  ${s.statement.predicateType}  ${signerText(s.signer)}  (${s.source})`);
    }
    for (const l of v.legacy) lines.push(`  accepted  cosign v2 signature  key ${l.keyHint}  (${l.source})`);
    for (const r of v.rejected) lines.push(`  refused   [${r.rule}] ${clip(r.reason)}  (${r.source})`);
  }
  for (const s of options.subjects) {
    const what = s.kind === 'dsse' ? `${s.predicateType ?? 'statement'} (DSSE)` : 'signature over the bytes';
    lines.push(`file      ${s.subject}`);
    lines.push(`  accepted  ${what}  ${s.signer}  (${s.bundle})`);
  }
  const accepted =
    (image ? image.verification.verified.length + image.verification.legacy.length : 0) + options.subjects.length;
  lines.push(
    `result    verified: ${accepted} accepted${image ? `, ${image.verification.rejected.length} refused` : ''}`,
  );
  if (options.showStatements && image) {
    for (const s of image.verification.verified) {
      lines.push('', `statement from ${s.source}:`, JSON.stringify(s.statement, null, 2));
    }
  }
  return lines.join('\n');
}
