/** rpm: headers as rpmdb.sqlite stores them, their file lists, and the sqlite database itself. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtefactsError } from '../../../errors.js';
import { makeComponent } from '../../component.js';
import type { CatalogerResult, Component, Distro } from '../../model.js';
import { osPurl } from '../../purl.js';
import { distroQualifier, licenseList } from './os.js';

const RPM_TAGS = {
  name: 1000,
  version: 1001,
  release: 1002,
  epoch: 1003,
  license: 1014,
  arch: 1022,
  sourcerpm: 1044,
} as const;
const RPMTAG_OLDFILENAMES = 1027;
const RPMTAG_DIRINDEXES = 1116;
const RPMTAG_BASENAMES = 1117;
const RPMTAG_DIRNAMES = 1118;
const RPM_TYPE = { int32: 4, string: 6, stringArray: 8, i18nString: 9 } as const;
/** rpm's own limits (hdrchkTags / hdrchkData in lib/header.c): at most 2^24 index entries, 1 GiB of data. */
const RPM_MAX_ENTRIES = 0xffffff;
const RPM_MAX_DATA = 0x3fffffff;

/** One installed rpm as its header says. */
export interface RpmHeader {
  readonly name?: string;
  readonly version?: string;
  readonly release?: string;
  readonly epoch?: string;
  readonly license?: string;
  readonly arch?: string;
  readonly sourcerpm?: string;
  /** The file list as rpm stores it: file i is `dirnames[dirindexes[i]] + basenames[i]` (absolute paths). */
  readonly dirnames: readonly string[];
  readonly basenames: readonly string[];
  readonly dirindexes: readonly number[];
}

function malformed(reason: string): ArtefactsError {
  return new ArtefactsError('SBOM_FAILED', `malformed rpm header: ${reason}`);
}

/**
 * Reads one rpm header blob as rpmdb.sqlite's Packages table stores it (rpm's headerExport: index
 * entry count, data length, 16-byte big-endian entries {tag, type, offset, count}, then the data
 * store). Only the tags above are decoded. Every count, offset and string is checked against the
 * blob before it is read, so a malformed blob fails with SBOM_FAILED (never a RangeError, never an
 * allocation larger than the blob itself).
 */
export function parseRpmHeader(blob: Buffer): RpmHeader {
  if (blob.length < 8) throw malformed(`${blob.length} bytes, shorter than the 8-byte preamble`);
  const il = blob.readUInt32BE(0);
  const dl = blob.readUInt32BE(4);
  if (il === 0 || il > RPM_MAX_ENTRIES) throw malformed(`${il} index entries`);
  if (dl > RPM_MAX_DATA) throw malformed(`${dl} bytes of data`);
  const storeStart = 8 + il * 16;
  if (storeStart + dl > blob.length) {
    throw malformed(`${il} entries and ${dl} data bytes need ${storeStart + dl} bytes; the blob has ${blob.length}`);
  }
  const store = blob.subarray(storeStart, storeStart + dl);
  const strings = (tag: number, offset: number, count: number): string[] => {
    // Every string takes at least its NUL, so a count beyond the bytes left is malformed, not a loop bound.
    if (count > dl - offset) throw malformed(`tag ${tag}: ${count} strings in ${dl - offset} bytes`);
    const out: string[] = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
      const end = store.indexOf(0, at);
      if (end < 0) throw malformed(`tag ${tag}: string ${i} runs past the data store`);
      out.push(store.toString('utf8', at, end));
      at = end + 1;
    }
    return out;
  };
  const int32s = (tag: number, offset: number, count: number): number[] => {
    if (offset % 4 !== 0 || count > (dl - offset) / 4) {
      throw malformed(`tag ${tag}: ${count} INT32 values at offset ${offset} do not fit ${dl} bytes`);
    }
    const out: number[] = [];
    for (let i = 0; i < count; i++) out.push(store.readUInt32BE(offset + i * 4));
    return out;
  };
  const fields: Record<string, string> = {};
  const wanted = new Map<number, string>(Object.entries(RPM_TAGS).map(([k, v]) => [v, k]));
  let dirnames: string[] = [];
  let basenames: string[] = [];
  let dirindexes: number[] = [];
  let oldfilenames: string[] | undefined;
  for (let i = 0; i < il; i++) {
    const at = 8 + i * 16;
    const tag = blob.readUInt32BE(at);
    const type = blob.readUInt32BE(at + 4);
    const offset = blob.readInt32BE(at + 8);
    const count = blob.readUInt32BE(at + 12);
    const key = wanted.get(tag);
    const fileTag =
      tag === RPMTAG_DIRNAMES || tag === RPMTAG_BASENAMES || tag === RPMTAG_DIRINDEXES || tag === RPMTAG_OLDFILENAMES;
    if (key === undefined && !fileTag) continue;
    if (offset < 0 || offset >= dl) throw malformed(`tag ${tag}: offset ${offset} outside ${dl} data bytes`);
    if (count === 0) throw malformed(`tag ${tag}: count 0`);
    if (key !== undefined) {
      if (type === RPM_TYPE.int32) fields[key] = String(int32s(tag, offset, 1)[0]);
      else if (type === RPM_TYPE.string || type === RPM_TYPE.stringArray || type === RPM_TYPE.i18nString) {
        fields[key] = strings(tag, offset, 1)[0] as string;
      } else throw malformed(`tag ${tag} (${key}) has type ${type}`);
      continue;
    }
    const expected = tag === RPMTAG_DIRINDEXES ? RPM_TYPE.int32 : RPM_TYPE.stringArray;
    if (type !== expected) throw malformed(`tag ${tag} has type ${type}, expected ${expected}`);
    if (tag === RPMTAG_DIRNAMES) dirnames = strings(tag, offset, count);
    else if (tag === RPMTAG_BASENAMES) basenames = strings(tag, offset, count);
    else if (tag === RPMTAG_DIRINDEXES) dirindexes = int32s(tag, offset, count);
    else oldfilenames = strings(tag, offset, count);
  }
  if (basenames.length === 0 && oldfilenames !== undefined) {
    // Headers from before rpm 4 compressed file names: full paths, split here into the same shape.
    const dirs = new Map<string, number>();
    for (const path of oldfilenames) {
      const slash = path.lastIndexOf('/');
      const dir = path.slice(0, slash + 1);
      if (!dirs.has(dir)) dirs.set(dir, dirs.size);
      dirindexes.push(dirs.get(dir) as number);
      basenames.push(path.slice(slash + 1));
    }
    dirnames = [...dirs.keys()];
  }
  if (dirindexes.length !== basenames.length) {
    throw malformed(`${basenames.length} file base names but ${dirindexes.length} directory indexes`);
  }
  for (const d of dirindexes) {
    if (d >= dirnames.length) throw malformed(`directory index ${d} beyond ${dirnames.length} directory names`);
  }
  return { ...fields, dirnames, basenames, dirindexes };
}

/** Every file path of a header, absolute, built one at a time. */
export function* rpmFiles(header: RpmHeader): Generator<string> {
  for (const [i, base] of header.basenames.entries()) {
    yield `${header.dirnames[header.dirindexes[i] ?? 0] ?? ''}${base}`;
  }
}

/**
 * Which of `candidates` (image paths without the leading slash) the header's files include.
 * Works per directory name, so the cost is the size of the header, not (files x path length).
 */
export function rpmOwnedAmong(header: RpmHeader, candidates: RpmCandidates): string[] {
  const dirs = header.dirnames.map((d) => candidates.get(d));
  const owned: string[] = [];
  for (const [i, base] of header.basenames.entries()) {
    const bases = dirs[header.dirindexes[i] ?? -1];
    if (bases?.has(base) === true) owned.push(`${(header.dirnames[header.dirindexes[i] ?? 0] ?? '').slice(1)}${base}`);
  }
  return owned;
}

/** Candidate paths grouped as rpm stores them: absolute directory with its trailing slash → base names. */
export type RpmCandidates = ReadonlyMap<string, ReadonlySet<string>>;

export function rpmCandidates(paths: Iterable<string>): RpmCandidates {
  const out = new Map<string, Set<string>>();
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    const dir = `/${path.slice(0, slash + 1)}`;
    const set = out.get(dir) ?? new Set<string>();
    set.add(path.slice(slash + 1));
    out.set(dir, set);
  }
  return out;
}

/** A variable, so that bundlers and Node 20 type definitions leave the optional built-in alone. */
const SQLITE = 'node:sqlite';

/** Whether this Node has node:sqlite (22.5+, 24); on Node 20 rpm databases are skipped with a notice. */
export async function sqliteAvailable(): Promise<boolean> {
  try {
    await import(SQLITE);
    return true;
  } catch {
    return false;
  }
}

/**
 * rpm's sqlite database (`var/lib/rpm/rpmdb.sqlite`, `usr/lib/sysimage/rpm/rpmdb.sqlite`). The bytes
 * (and the write-ahead log beside it when the image has a non-empty one: its pages are part of the
 * database) are written to a private temporary directory for node:sqlite to open, then removed.
 * Returns the packages and which of `candidates` (language-package paths) their files include.
 * A blob that is not a well-formed header is skipped with a warning naming its row; a file that
 * is not an rpm database at all gives a warning and no packages.
 */
export async function catalogRpmSqlite(
  bytes: Buffer,
  location: string,
  distro?: Distro,
  options: { candidates?: Iterable<string>; wal?: Buffer } = {},
): Promise<CatalogerResult & { owned: string[] }> {
  if (!(await sqliteAvailable())) {
    return {
      components: [],
      owned: [],
      warnings: [
        `${location}: rpm database skipped: node:sqlite needs Node 22.5 or later (this is ${process.versions.node})`,
      ],
    };
  }
  const { DatabaseSync } = (await import(SQLITE)) as unknown as {
    DatabaseSync: new (
      path: string,
      options?: { readOnly?: boolean },
    ) => {
      prepare(sql: string): { all(): { hnum: number | bigint; blob: Uint8Array }[] };
      close(): void;
    };
  };
  const candidates = rpmCandidates(options.candidates ?? []);
  const warnings: string[] = [];
  const owned = new Set<string>();
  const components: Component[] = [];
  // The purl namespace is the vendor; without an os-release we do not guess one.
  const vendor = distro?.id;
  const dir = await mkdtemp(join(tmpdir(), 'rpmdb-'));
  try {
    const file = join(dir, 'rpmdb.sqlite');
    await writeFile(file, bytes, { mode: 0o600 });
    const withWal = options.wal !== undefined && options.wal.length > 0;
    if (withWal) await writeFile(`${file}-wal`, options.wal as Buffer, { mode: 0o600 });
    let db: InstanceType<typeof DatabaseSync>;
    try {
      // With a log to replay the copy must be writable (sqlite folds the log in); it is ours alone.
      db = new DatabaseSync(file, { readOnly: !withWal });
    } catch (error) {
      return {
        components: [],
        owned: [],
        warnings: [
          `${location}: not a readable sqlite database (${messageOf(error)}); its rpm packages are not listed`,
        ],
      };
    }
    let rows: { hnum: number | bigint; blob: Uint8Array }[];
    try {
      rows = db.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum').all();
    } catch (error) {
      return {
        components: [],
        owned: [],
        warnings: [
          `${location}: no readable rpm Packages table (${messageOf(error)}); its rpm packages are not listed`,
        ],
      };
    } finally {
      db.close();
    }
    for (const row of rows) {
      let h: RpmHeader;
      try {
        h = parseRpmHeader(Buffer.from(row.blob.buffer, row.blob.byteOffset, row.blob.byteLength));
      } catch (error) {
        if (!(error instanceof ArtefactsError)) throw error;
        warnings.push(`${location}: package row ${String(row.hnum)}: ${error.message}; skipped`);
        continue;
      }
      if (h.name === undefined || h.version === undefined) {
        warnings.push(`${location}: package row ${String(row.hnum)} has no name or version; skipped`);
        continue;
      }
      if (h.name === 'gpg-pubkey') continue;
      if (candidates.size > 0) for (const p of rpmOwnedAmong(h, candidates)) owned.add(p);
      const version = h.release === undefined ? h.version : `${h.version}-${h.release}`;
      components.push(
        makeComponent({
          ecosystem: 'rpm',
          name: h.name,
          group: vendor,
          version,
          purl: osPurl('rpm', vendor, h.name, version, {
            arch: h.arch,
            epoch: h.epoch,
            distro: distroQualifier(distro),
            // The source rpm's file name (`openssl-3.0.7-1.el9.src.rpm`), as syft writes it.
            upstream: h.sourcerpm === '(none)' ? undefined : h.sourcerpm,
          }),
          licenses: licenseList(h.license),
          foundIn: location,
          properties: { 'rpm:sourcerpm': h.sourcerpm },
        }),
      );
    }
    return { components, owned: [...owned].sort(), warnings };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
