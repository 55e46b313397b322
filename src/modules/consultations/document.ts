// A consultation with everything a page needs about it: waves, versions, where it is (status), and the sections of
// a version with their text rendered.
import type { Queryable } from '../../db/client.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import * as repo from './repository.ts';
import { statusOf, type StatusOf } from './status.ts';

export interface Loaded {
  consultation: repo.ConsultationRow;
  waves: repo.WaveRow[];
  versions: repo.VersionRow[];
  /** published versions, oldest first */
  published: repo.VersionRow[];
  /** the newest published version (what the public reads), if any */
  current: repo.VersionRow | undefined;
  /** the version being written (at most one), if any */
  working: repo.VersionRow | undefined;
  state: StatusOf;
}

export async function loadConsultation(db: Queryable, id: string): Promise<Loaded | undefined> {
  const consultation = await repo.findConsultation(db, id);
  if (!consultation) return undefined;
  const [waves, versions] = await Promise.all([repo.listWaves(db, id), repo.listVersions(db, id)]);
  const published = versions.filter((v) => v.published_at);
  return { consultation, waves, versions, published, current: published.at(-1), working: versions.find((v) => !v.published_at), state: statusOf(consultation, waves, versions) };
}

/** loads a consultation or 404s; `publicOnly` also 404s one that has no published version */
export async function requireConsultation(db: Queryable, id: string, publicOnly = false): Promise<Loaded> {
  const loaded = await loadConsultation(db, id);
  if (!loaded || (publicOnly && !loaded.current)) throw new NotFoundError();
  return loaded;
}

/** the version the address asks for (?version=<number>), among those a person may see; the newest when not given */
export function versionAsked(loaded: Loaded, asked: unknown, staff = false): repo.VersionRow | undefined {
  const list = staff ? loaded.versions : loaded.published;
  if (typeof asked === 'string' && /^\d{1,4}$/.test(asked)) return list.find((v) => v.number === Number(asked));
  return staff ? (loaded.working ?? loaded.current) : loaded.current;
}

/** the published version before this one, if any */
export const previousPublished = (loaded: Loaded, version: repo.VersionRow): repo.VersionRow | undefined =>
  loaded.published.filter((v) => v.number < version.number).at(-1);

/** true while people can comment */
export const isOpen = (loaded: Loaded): boolean => loaded.state.status === 'open';
