// The questionnaires capability: question types, NHS validation, standard and Easy Read rendering, the Easy Read
// checker, results counting and charts. Modules use it through this file only; it imports no module.
// Its manifest adds its migration folder and the picture routes; list it before the modules that use it.
import path from 'node:path';
import type { ChorusModule } from '../../platform/module.ts';
import { pictureSvg } from './pictures.ts';
import { uploadedPictureFile } from './picture-library.ts';

export * from './types.ts';
export { SCALES, DONT_KNOW_LABEL } from './scales.ts';
export { readPage, visibleSections, visibleQuestions, pruneHidden, allQuestions, choicesOf, fieldsOf, moveRanked, describeAnswer, storable, subjectOf, conditionMet, type PageResult } from './validate.ts';
export { renderSection, type RenderOptions } from './render.ts';
export { checkDefinition, checkText, missingEasyRead, needsLook, readingAgeTooHigh, MAX_SENTENCE_WORDS, EASY_READ_READING_AGE, READING_AGE_MIN_WORDS, type TextCheck } from './easy-read-checker.ts';
export { STARTER_PICTURES, isStarterPicture, pictureUrl } from './pictures.ts';
export {
  MAX_PICTURE_BYTES, PICTURE_ERRORS, PICTURE_SIZE, preparePicture, pictureSrc, uploadedPictureUrl, listUploadedPictures, findUploadedPicture, uploadedPictureFile, addUploadedPicture,
  pictureUseCounts, removeUploadedPicture, pictureChoices, choiceValue, pictureFromChoice, choiceByName, choiceNameOf, type PictureChoice, type UploadedPicture,
} from './picture-library.ts';
export { createQuestionnaire, getQuestionnaire, saveDefinition, lockQuestionnaire, type QuestionnaireRow } from './repository.ts';
export { tally, resultChart, type QuestionResult, type Row } from './results.ts';
export { parseRankMove } from './ranking.ts';
export { routingNote } from './routing-note.ts';

export const questionnairesCapability: ChorusModule = {
  id: 'questionnaires',
  migrations: path.join(import.meta.dirname, 'migrations'),
  routes(app, ctx) {
    app.get<{ Params: { icon: string } }>('/questionnaires/pictures/:icon.svg', (req, reply) => {
      const svg = pictureSvg(req.params.icon);
      if (!svg) return reply.code(404).type('text/plain').send('Not found');
      return reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(svg);
    });
    // An uploaded picture never changes (a new upload gets a new id). Served so that even opened on its own an SVG
    // can run nothing and load nothing.
    app.get<{ Params: { id: string } }>('/questionnaires/pictures/uploaded/:id', async (req, reply) => {
      const file = await uploadedPictureFile(ctx.db, req.params.id);
      if (!file) return reply.code(404).type('text/plain').send('Not found');
      return reply
        .type(file.mediaType)
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('content-disposition', 'inline')
        .send(file.data);
    });
  },
};
