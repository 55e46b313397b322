// File uploads: multipart forms for the few routes that take a file. Call acceptUploads(scope) inside an encapsulated
// plugin, so other routes never parse multipart bodies. Fields land in request.body as plain strings (so the CSRF check
// and validateForm work unchanged) and the file as an UploadedFile, read into memory up to the limit.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';

export interface UploadedFile {
  /** the name on the person's computer (shown back to them, never used as a path) */
  filename: string;
  /** what the browser said it is; never trusted, check the content */
  mimetype: string;
  data: Buffer;
  /** the file was larger than the limit: data holds only the first part */
  tooLarge: boolean;
}

export interface UploadOptions {
  maxFileBytes: number;
  /** runs before the body is read, e.g. an ability check, so refused requests never upload anything */
  before?: (request: FastifyRequest) => void | Promise<void>;
}

export async function acceptUploads(scope: FastifyInstance, options: UploadOptions): Promise<void> {
  if (options.before) scope.addHook('preValidation', async (request) => options.before!(request));
  await scope.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: options.maxFileBytes, files: 1, fields: 30, fieldSize: 100_000, parts: 32, headerPairs: 100 },
    async onFile(part: MultipartFile & { value?: unknown }) {
      const data = await part.toBuffer();
      const file: UploadedFile = { filename: part.filename, mimetype: part.mimetype, data, tooLarge: part.file.truncated };
      part.value = file;
    },
  });
}

export function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedFile).data) && typeof (value as UploadedFile).filename === 'string';
}

/** the file in a field, or undefined when none was chosen (browsers send an empty part with no name) */
export function uploadedFile(body: unknown, field: string): UploadedFile | undefined {
  const value = (body && typeof body === 'object' ? (body as Record<string, unknown>)[field] : undefined);
  if (!isUploadedFile(value)) return undefined;
  return value.filename === '' && value.data.length === 0 ? undefined : value;
}
