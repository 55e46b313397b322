// What other modules may use from insight. Nothing else in this folder is imported from outside it.
export { ANALYSE_JOB, runAnalysis, type AnalysisOptions, type RunSummary } from './analyse.ts';
