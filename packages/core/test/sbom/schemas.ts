/**
 * Validation against the official schemas: CycloneDX 1.6 through @cyclonedx/cyclonedx-library's
 * shipped schema and validator; SPDX 2.3 through the schema published in spdx/spdx-spec (branch
 * v2.3, schemas/spdx-schema.json, vendored in fixtures/sbom/spdx-schema-2.3.json) with ajv
 * (the schema declares JSON Schema draft 2019-09).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { Ajv2019 } from 'ajv/dist/2019.js';

const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const cdx = new Validation.JsonStrictValidator(Spec.Version.v1dot6);

export async function cycloneDxErrors(content: string): Promise<unknown> {
  return cdx.validate(content);
}

const ajv = new Ajv2019({ allErrors: true, strict: false });
const spdxSchema = JSON.parse(readFileSync(join(here, '..', 'fixtures', 'sbom', 'spdx-schema-2.3.json'), 'utf8'));
const spdxValidate = ajv.compile(spdxSchema);

/** Schema errors plus the spec rules the 2.3 schema leaves out (SPDXID pattern, uniqueness, DESCRIBES). */
export function spdxErrors(content: string): unknown[] | null {
  const doc = JSON.parse(content) as {
    packages?: { SPDXID: string }[];
    relationships?: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[];
    documentNamespace?: string;
    creationInfo?: { created?: string };
  };
  const errors: unknown[] = [];
  if (!spdxValidate(doc)) errors.push(...(spdxValidate.errors ?? []));
  const ids = new Set<string>(['SPDXRef-DOCUMENT']);
  for (const p of doc.packages ?? []) {
    if (!/^SPDXRef-[a-zA-Z0-9.-]+$/.test(p.SPDXID)) errors.push(`bad SPDXID ${p.SPDXID}`);
    if (ids.has(p.SPDXID)) errors.push(`duplicate SPDXID ${p.SPDXID}`);
    ids.add(p.SPDXID);
  }
  for (const r of doc.relationships ?? []) {
    if (!ids.has(r.spdxElementId) || !ids.has(r.relatedSpdxElement))
      errors.push(`dangling relationship ${JSON.stringify(r)}`);
  }
  if (
    !(doc.relationships ?? []).some((r) => r.spdxElementId === 'SPDXRef-DOCUMENT' && r.relationshipType === 'DESCRIBES')
  ) {
    errors.push('no DESCRIBES relationship');
  }
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$/.test(doc.creationInfo?.created ?? '')) {
    errors.push(`created '${doc.creationInfo?.created}' is not whole-second UTC`);
  }
  if (!/^https?:\/\/\S+$/.test(doc.documentNamespace ?? '')) errors.push('documentNamespace is not a URI');
  return errors.length === 0 ? null : errors;
}
