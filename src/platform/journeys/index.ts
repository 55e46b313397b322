// Question-page journeys (one thing per page, check answers, change links): see docs/journeys.md.
export { Journey, defineJourney, isChanging, type JourneySpec, type Step, type Where } from './steps.ts';
export { DraftStore, type Draft } from './drafts.ts';
export { createLoader, redirectTo, Redirect, type Loader } from './loader.ts';
export { summaryRows, type AnswerRow, type SummaryListRow } from './summary.ts';
