/**
 * Dockerfile (and Containerfile) `FROM [--platform=…] image[:tag] [AS name]` lines. A `FROM` that
 * names an earlier stage, or `scratch`, is no image; an image built from an ARG is reported as a
 * problem (its value is only known at build time), never guessed.
 */
import { lineCounter, pinnedText, siteFor, type Site } from './sites.js';

const FROM = /^(\s*FROM\s+)((?:--\S+\s+)*)(\S+)(?:\s+AS\s+(\S+))?\s*$/i;

/** Whether a file name is a Dockerfile or Containerfile (`Dockerfile`, `Dockerfile.prod`, `app.Dockerfile`). */
export function isDockerfileName(name: string): boolean {
  return /^(?:Dockerfile|Containerfile)(?:\..+)?$/i.test(name) || /\.(?:Dockerfile|Containerfile)$/i.test(name);
}

export function dockerfileSites(text: string): Site[] {
  const lineOf = lineCounter(text);
  const stages = new Set<string>();
  const sites: Site[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const lineStart = offset;
    offset += raw.length + 1;
    const m = FROM.exec(raw.replace(/\r$/, ''));
    if (m === null) continue;
    const image = m[3]!;
    const stage = m[4];
    const named = image.toLowerCase();
    if (named !== 'scratch' && !stages.has(named)) {
      const start = lineStart + m[1]!.length + m[2]!.length;
      sites.push(
        siteFor('dockerfile', lineOf(start), image, (ref, digest) => [
          { start, end: start + image.length, text: pinnedText(image, ref, digest) },
        ]),
      );
    }
    if (stage !== undefined) stages.add(stage.toLowerCase());
  }
  return sites;
}
