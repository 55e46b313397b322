// The picture library under /admin/surveys/pictures: the starter set, and pictures authors upload (PNG, JPG or SVG)
// for Easy Read questions, options and pages. Checking and storing is the questionnaires capability's job.
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  MAX_PICTURE_BYTES, PICTURE_SIZE, STARTER_PICTURES, addUploadedPicture, findUploadedPicture, listUploadedPictures, pictureUrl, pictureUseCounts, preparePicture,
  removeUploadedPicture, uploadedPictureUrl,
} from '../../capabilities/questionnaires/index.ts';
import type { AppContext } from '../../platform/module.ts';
import { emptyValues, renderForm, validateForm, withErrors, type FormPage, type FormResult } from '../../platform/forms/index.ts';
import { authorize } from '../../platform/http/guards.ts';
import { audit } from '../../platform/audit/index.ts';
import { setFlash, takeFlash } from '../../platform/auth/session.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { acceptUploads, uploadedFile } from '../../platform/uploads/index.ts';
import { pictureUploadForm } from './schemas.ts';

const V = (name: string) => `surveys/views/admin/${name}.njk`;
/** routes are registered under /admin */
const PATH = '/surveys/pictures';
const LIBRARY = `/admin${PATH}`;

export async function pictureLibraryRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const uploadPage = (reply: FastifyReply, form: FormPage | FormResult<typeof pictureUploadForm>) =>
    renderForm(reply, V('picture-upload'), { ...form, maxMegabytes: MAX_PICTURE_BYTES / 1024 / 1024, size: PICTURE_SIZE, backLinkHref: LIBRARY });

  const libraryPage = async (reply: FastifyReply, data: { flash?: string; errorList?: { text: string; href: string }[] }) => {
    const uses = await pictureUseCounts(ctx.db);
    const uploads = (await listUploadedPictures(ctx.db)).map((p) => ({ ...p, src: uploadedPictureUrl(p.id), uses: uses.get(p.id) ?? 0 }));
    const starter = STARTER_PICTURES.map((p) => ({ ...p, src: pictureUrl(p.icon) }));
    if (data.errorList?.length) reply.code(409);
    return reply.view(V('pictures'), { uploads, starter, ...data, backLinkHref: '/admin/surveys' });
  };

  app.get(PATH, async (req, reply) => {
    authorize(req, 'survey.manage');
    return libraryPage(reply, { flash: await takeFlash(ctx.db, req) });
  });

  app.get(`${PATH}/new`, async (req, reply) => {
    authorize(req, 'survey.manage');
    return uploadPage(reply, { values: emptyValues(pictureUploadForm) });
  });

  // The upload is the only multipart form: it is parsed in its own scope, and only after the ability check.
  await app.register(async (scope) => {
    await acceptUploads(scope, { maxFileBytes: MAX_PICTURE_BYTES, before: (req) => authorize(req, 'survey.manage') });
    scope.post(`${PATH}/new`, async (req, reply) => {
      authorize(req, 'survey.manage');
      const prepared = await preparePicture(uploadedFile(req.body, 'file'));
      const form = withErrors(pictureUploadForm, validateForm(req.body, pictureUploadForm), { file: prepared.ok ? undefined : prepared.error });
      if (!form.ok || !prepared.ok) return uploadPage(reply, form);
      const added = await addUploadedPicture(ctx.db, { name: form.values.name, alt: form.values.alt, picture: prepared, uploadedBy: req.user!.userId });
      if (!added.id) return uploadPage(reply, withErrors(pictureUploadForm, form, { name: added.error }));
      await audit(ctx.db, { actorId: req.user!.userId, action: 'picture.upload', subjectType: 'picture', subjectId: added.id });
      await setFlash(ctx.db, req, `Picture uploaded: ${form.values.name}. You can now pick it for a question, an option or a page.`);
      return reply.redirect(LIBRARY, 303);
    });
  });

  app.post<{ Params: { picture: string } }>(`${PATH}/:picture/remove`, async (req, reply) => {
    authorize(req, 'survey.manage');
    const picture = await findUploadedPicture(ctx.db, req.params.picture);
    if (!picture) throw new NotFoundError();
    if (!(await removeUploadedPicture(ctx.db, picture.id))) {
      return libraryPage(reply, { errorList: [{ text: `${picture.name} is used in a survey. Pick another picture there before you remove it`, href: `#picture-${picture.id}` }] });
    }
    await audit(ctx.db, { actorId: req.user!.userId, action: 'picture.remove', subjectType: 'picture', subjectId: picture.id });
    await setFlash(ctx.db, req, `Picture removed: ${picture.name}`);
    return reply.redirect(LIBRARY, 303);
  });
}
