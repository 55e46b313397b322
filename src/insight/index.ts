/**
 * Public API of the insight engine (issue 6). Everything runs offline, deterministically, in this process.
 *
 *   classify(texts, { model })      themes (multi-label, with confidence) and 3-class sentiment, or unclassified
 *   stripLinks(text)                the text without web addresses, images and email addresses
 *   discoverThemes(texts, opts)     draft themes for comments with no framework
 *   train(rows, opts)               a model (plain JSON value) for any framework
 */
export {
  MIN_KNOWN_SHARE,
  classify,
  classifyWith,
  unclassifiedReason,
  type Classification,
  type ClassifiedText,
  type ClassifyOptions,
  type CommentInput,
  type SentimentScore,
  type ThemeScore,
  type UnclassifiedReason,
  type UnclassifiedText,
} from './classify.ts';
export { stripLinks } from './links.ts';
export { confirmedToTrainingRows, discoverThemes, formatDiscoveryReport, thinReason, type DiscoverOptions, type DiscoveredTheme, type Discovery, type DiscoveryWarning } from './discover.ts';
export { evaluateModel, formatEvaluation, holdoutSplit, type Evaluation } from './evaluate.ts';
export { SENTIMENT_CLASSES, V7_FRAMEWORK, collapseSentiment } from './framework.ts';
export { assertModel, loadDefaultModel, loadModel, saveModel, type InsightModel } from './model.ts';
export { train, trainSync, type TrainingRow, type TrainOptions } from './train.ts';
export { DEFAULT_TRAIN_OPTIONS } from './defaults.ts';
