// Ready-made rating scales (agree…disagree and others), with Easy Read texts.
import { text, type Option } from './types.ts';

const scale = (rows: [string, string, string][]): Option[] => rows.map(([value, standard, easyRead]) => ({ value, label: text(standard, easyRead) }));

export const SCALES: Record<string, { name: string; options: Option[] }> = {
  agreement: {
    name: 'Agree to disagree (5 points)',
    options: scale([
      ['strongly-agree', 'Strongly agree', 'I agree a lot'],
      ['agree', 'Agree', 'I agree'],
      ['neither', 'Neither agree nor disagree', 'I am not sure'],
      ['disagree', 'Disagree', 'I do not agree'],
      ['strongly-disagree', 'Strongly disagree', 'I do not agree at all'],
    ]),
  },
  satisfaction: {
    name: 'Very satisfied to very dissatisfied (5 points)',
    options: scale([
      ['very-satisfied', 'Very satisfied', 'Very happy'],
      ['satisfied', 'Satisfied', 'Happy'],
      ['neither', 'Neither satisfied nor dissatisfied', 'Not happy or unhappy'],
      ['dissatisfied', 'Dissatisfied', 'Unhappy'],
      ['very-dissatisfied', 'Very dissatisfied', 'Very unhappy'],
    ]),
  },
  ease: {
    name: 'Very easy to very difficult (5 points)',
    options: scale([
      ['very-easy', 'Very easy', 'Very easy'],
      ['easy', 'Easy', 'Easy'],
      ['neither', 'Neither easy nor difficult', 'Not easy or hard'],
      ['difficult', 'Difficult', 'Hard'],
      ['very-difficult', 'Very difficult', 'Very hard'],
    ]),
  },
};

export const DONT_KNOW_LABEL = text("Don't know", 'I do not know');
