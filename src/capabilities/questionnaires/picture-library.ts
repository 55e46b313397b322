// Pictures authors upload (PNG, JPG or SVG) and the list an author picks from: the starter set and the uploads.
// Nothing is stored as sent. The content decides the type, never the name or what the browser says. PNG and JPG are
// decoded and written again by sharp: turned upright, at most 800 px, without camera or location details. SVG is
// sanitised by DOMPurify (no scripts, event handlers, embedded pages or links to other files) and must still open.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { LRUCache } from 'lru-cache';
import sharp from 'sharp';
import type { Queryable } from '../../db/client.ts';
import { STARTER_PICTURES, pictureUrl } from './pictures.ts';
import type { Picture } from './types.ts';

export const MAX_PICTURE_BYTES = 10 * 1024 * 1024;
/** the longest side of a stored PNG or JPG */
export const PICTURE_SIZE = 800;
const MAX_INPUT_PIXELS = 50_000_000;

export type MediaType = 'image/png' | 'image/jpeg' | 'image/svg+xml';
export type PreparedPicture = { ok: true; mediaType: MediaType; data: Buffer; width: number | null; height: number | null } | { ok: false; error: string };

export const PICTURE_ERRORS = {
  missing: 'Select a picture',
  empty: 'The selected file is empty',
  tooLarge: `The selected file must be smaller than ${MAX_PICTURE_BYTES / 1024 / 1024}MB`,
  wrongType: 'The selected file must be a PNG, JPG or SVG',
  unreadable: 'The selected file could not be opened. Save it again as a PNG, JPG or SVG and choose it again',
} as const;

const purify = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
// links inside an SVG may only point inside the same picture
purify.addHook('uponSanitizeAttribute', (_node, data) => {
  if ((data.attrName === 'href' || data.attrName === 'xlink:href') && !data.attrValue.trim().startsWith('#')) data.keepAttr = false;
});

function sanitiseSvg(text: string): string | undefined {
  const clean = purify.sanitize(text, { USE_PROFILES: { svg: true, svgFilters: true } }).trim();
  if (!/^<svg[\s>]/.test(clean)) return undefined;
  let open = clean.slice(0, clean.indexOf('>') + 1);
  const rest = clean.slice(open.length);
  // a file on its own needs its namespaces declared (inline SVG in HTML does not)
  if (!/\sxmlns="/.test(open)) open = open.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  if (rest.includes('xlink:') && !/\sxmlns:xlink="/.test(open)) open = open.replace(/^<svg/, '<svg xmlns:xlink="http://www.w3.org/1999/xlink"');
  return open + rest;
}

/** checks an uploaded file and returns what to store, or the error to show on the form */
export async function preparePicture(file: { data: Buffer; tooLarge: boolean } | undefined): Promise<PreparedPicture> {
  if (!file) return { ok: false, error: PICTURE_ERRORS.missing };
  if (file.tooLarge) return { ok: false, error: PICTURE_ERRORS.tooLarge };
  if (file.data.length === 0) return { ok: false, error: PICTURE_ERRORS.empty };
  let format: string | undefined;
  try {
    format = (await sharp(file.data, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    format = undefined;
  }
  try {
    if (format === 'png' || format === 'jpeg') {
      const image = sharp(file.data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
        .rotate()
        .resize({ width: PICTURE_SIZE, height: PICTURE_SIZE, fit: 'inside', withoutEnlargement: true });
      const { data, info } = await (format === 'png' ? image.png({ compressionLevel: 9 }) : image.jpeg({ quality: 85, mozjpeg: true })).toBuffer({ resolveWithObject: true });
      return { ok: true, mediaType: format === 'png' ? 'image/png' : 'image/jpeg', data, width: info.width, height: info.height };
    }
    if (format === 'svg') {
      const svg = sanitiseSvg(file.data.toString('utf8'));
      if (!svg) return { ok: false, error: PICTURE_ERRORS.unreadable };
      const data = Buffer.from(svg, 'utf8');
      const meta = await sharp(data).metadata();
      if (meta.format !== 'svg') return { ok: false, error: PICTURE_ERRORS.unreadable };
      return { ok: true, mediaType: 'image/svg+xml', data, width: meta.width ?? null, height: meta.height ?? null };
    }
  } catch {
    return { ok: false, error: PICTURE_ERRORS.unreadable };
  }
  return { ok: false, error: PICTURE_ERRORS.wrongType };
}

// ---- the library

export interface UploadedPicture {
  id: string;
  name: string;
  alt: string;
  media_type: MediaType;
  width: number | null;
  height: number | null;
  byte_size: number;
  created_at: Date;
}

export const uploadedPictureUrl = (id: string) => `/questionnaires/pictures/uploaded/${id}`;

export function pictureSrc(picture: Picture): string {
  return 'upload' in picture ? uploadedPictureUrl(picture.upload) : pictureUrl(picture.icon);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const COLUMNS = 'id, name, alt, media_type, width, height, octet_length(data)::int AS byte_size, created_at';

export async function listUploadedPictures(db: Queryable): Promise<UploadedPicture[]> {
  return (await db.query<UploadedPicture>(`SELECT ${COLUMNS} FROM questionnaire_pictures ORDER BY lower(name)`)).rows;
}

export async function findUploadedPicture(db: Queryable, id: string): Promise<UploadedPicture | undefined> {
  if (!UUID.test(id)) return undefined;
  return (await db.query<UploadedPicture>(`SELECT ${COLUMNS} FROM questionnaire_pictures WHERE id = $1`, [id])).rows[0];
}

type PictureFile = { mediaType: MediaType; data: Buffer };
// A picture's bytes never change (a new upload gets a new id), so each process keeps the most used ones in memory.
const files = new LRUCache<string, PictureFile>({ maxSize: 32 * 1024 * 1024, sizeCalculation: (f) => f.data.length + 100 });

/** the stored file, for the picture route */
export async function uploadedPictureFile(db: Queryable, id: string): Promise<PictureFile | undefined> {
  if (!UUID.test(id)) return undefined;
  const key = id.toLowerCase();
  const cached = files.get(key);
  if (cached) return cached;
  const { rows } = await db.query<{ media_type: MediaType; data: Uint8Array }>('SELECT media_type, data FROM questionnaire_pictures WHERE id = $1', [key]);
  const row = rows[0];
  if (!row) return undefined;
  const file = { mediaType: row.media_type, data: Buffer.from(row.data) };
  files.set(key, file);
  return file;
}

export interface NewPicture {
  name: string;
  alt: string;
  picture: Extract<PreparedPicture, { ok: true }>;
  uploadedBy: string | null;
}

/** adds a checked picture; refused (error for the name field) when the name is taken */
export async function addUploadedPicture(db: Queryable, input: NewPicture): Promise<{ id?: string; error?: string }> {
  const clash = nameClash(await pictureChoices(db), input.name);
  if (clash) return { error: clash };
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO questionnaire_pictures (name, alt, media_type, width, height, data, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT DO NOTHING RETURNING id`,
    [input.name, input.alt, input.picture.mediaType, input.picture.width, input.picture.height, input.picture.data, input.uploadedBy],
  );
  return rows[0] ? { id: rows[0].id } : { error: nameTaken(input.name) };
}

/** SQL: the questionnaire q uses the picture whose id is $1 (anywhere: a page, a question or an option) */
const USES_PICTURE = `jsonb_path_exists(q.definition, '$.** ? (@.upload == $id)', jsonb_build_object('id', $1::text))`;

/** how many questionnaires use each uploaded picture, in one pass over the definitions (a used picture cannot be removed) */
export async function pictureUseCounts(db: Queryable): Promise<Map<string, number>> {
  const { rows } = await db.query<{ id: string; n: number }>(
    `SELECT u.id, count(DISTINCT q.id)::int AS n FROM questionnaires q, jsonb_path_query(q.definition, '$.**.upload') AS found(upload)
       JOIN questionnaire_pictures u ON u.id::text = found.upload #>> '{}'
     GROUP BY u.id`,
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** removes an unused picture; false when it is used or already gone */
export async function removeUploadedPicture(db: Queryable, id: string): Promise<boolean> {
  if (!UUID.test(id)) return false;
  files.delete(id.toLowerCase());
  const { rowCount } = await db.query(
    `DELETE FROM questionnaire_pictures p WHERE p.id = $1
       AND NOT EXISTS (SELECT 1 FROM questionnaires q WHERE ${USES_PICTURE})`,
    [id],
  );
  return rowCount > 0;
}

// ---- what an author picks from

export interface PictureChoice {
  /** the form value: a starter icon name, or "upload:<id>" */
  value: string;
  /** the name authors type in lists (e.g. option pictures) */
  name: string;
  /** shown in a picture list */
  text: string;
  src: string;
  /** the description offered for it */
  alt: string;
  uploaded: boolean;
}

export async function pictureChoices(db: Queryable): Promise<PictureChoice[]> {
  const uploads = await listUploadedPictures(db);
  return [
    ...STARTER_PICTURES.map((p) => ({ value: p.icon, name: p.icon, text: p.text, src: pictureUrl(p.icon), alt: p.text, uploaded: false })),
    ...uploads.map((p) => ({ value: `upload:${p.id}`, name: p.name, text: `Uploaded: ${p.name}`, src: uploadedPictureUrl(p.id), alt: p.alt, uploaded: true })),
  ];
}

export function choiceValue(picture: Picture | undefined): string {
  if (!picture) return '';
  return 'upload' in picture ? `upload:${picture.upload}` : picture.icon;
}

/** the picture for a form value, with the author's description (or the picture's own when none is given) */
export function pictureFromChoice(choices: PictureChoice[], value: string, alt?: string): Picture | undefined {
  const choice = choices.find((c) => c.value === value);
  if (!choice) return undefined;
  const description = alt?.trim() || choice.alt;
  return choice.uploaded ? { upload: choice.value.slice('upload:'.length), alt: description } : { icon: choice.value, alt: description };
}

export function choiceByName(choices: PictureChoice[], name: string): PictureChoice | undefined {
  const wanted = name.trim().toLowerCase();
  return choices.find((c) => c.name.toLowerCase() === wanted);
}

export function choiceNameOf(choices: PictureChoice[], picture: Picture): string {
  return choices.find((c) => c.value === choiceValue(picture))?.name ?? '';
}

const nameTaken = (name: string) => `A picture called ${name} already exists. Enter a different name`;

function nameClash(choices: PictureChoice[], name: string): string | undefined {
  if (name.trim().toLowerCase() === 'none') return 'Enter a different name: "none" means no picture';
  return choiceByName(choices, name) ? nameTaken(name) : undefined;
}
