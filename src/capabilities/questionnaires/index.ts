// The questionnaires capability: question types, NHS validation, standard and Easy Read rendering, the Easy Read
// checker, results counting and charts. Modules use it through this file only; it imports no module.
// Its manifest adds its migration folder and the starter pictures route; list it before the modules that use it.
import path from 'node:path';
import type { ChorusModule } from '../../platform/module.ts';
import { pictureSvg } from './pictures.ts';

export * from './types.ts';
export { SCALES, DONT_KNOW_LABEL } from './scales.ts';
export { readPage, visibleSections, visibleQuestions, pruneHidden, allQuestions, choicesOf, fieldsOf, moveRanked, describeAnswer, storable, subjectOf, conditionMet, type PageResult } from './validate.ts';
export { renderSection, type RenderOptions } from './render.ts';
export { checkDefinition, checkText, missingEasyRead, MAX_SENTENCE_WORDS, type TextCheck } from './easy-read-checker.ts';
export { STARTER_PICTURES, isStarterPicture, pictureUrl } from './pictures.ts';
export { createQuestionnaire, getQuestionnaire, saveDefinition, lockQuestionnaire, type QuestionnaireRow } from './repository.ts';
export { tally, barChartSvg, type QuestionResult, type Row } from './results.ts';
export { parseRankMove } from './ranking.ts';

export const questionnairesCapability: ChorusModule = {
  id: 'questionnaires',
  migrations: path.join(import.meta.dirname, 'migrations'),
  routes(app) {
    app.get<{ Params: { icon: string } }>('/questionnaires/pictures/:icon.svg', (req, reply) => {
      const svg = pictureSvg(req.params.icon);
      if (!svg) return reply.code(404).type('text/plain').send('Not found');
      return reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(svg);
    });
  },
};
