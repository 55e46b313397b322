/** Training defaults for the pxtextmining v7 framework (chosen on validation folds of training data only). */
import { SENTIMENT_CLASSES, V7_FRAMEWORK, V7_KEYWORD_RULES } from './framework.ts';
import { type TrainOptions } from './train.ts';

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  name: 'pxtextmining-v7',
  labels: V7_FRAMEWORK,
  rules: V7_KEYWORD_RULES,
  sentimentClasses: SENTIMENT_CLASSES,
  algorithm: 'svm',
  C: 0.5,
  classWeightPower: 0,
  thresholdShrink: 300,
  folds: 3,
  tfidf: { ngramMin: 1, ngramMax: 2, minDf: 2, sublinearTf: true },
};
