// The optional equality questions, as the GOV.UK "Ask users for equality information" pattern (GSS harmonised
// wording and order), one question per page. Ethnic group uses the Census 2021 categories, including Roma.
// Written as a questionnaire so the same rendering, Easy Read texts and validation apply.
import { text, type Definition, type Option, type Question } from '../../capabilities/questionnaires/index.ts';

const PNTS: Option = { value: 'prefer-not-to-say', label: text('Prefer not to say', 'I do not want to say'), exclusive: true };
const opts = (rows: [string, string, string?][]): Option[] => [...rows.map(([value, s, e]) => ({ value, label: text(s, e ?? s) })), PNTS];
const page = (id: string, q: Omit<Question, 'id' | 'required'>): Definition['sections'][number] => ({
  id,
  title: text('Equality questions', 'Questions about you'),
  questions: [{ id, required: false, ...q }],
});
const background = (group: string, groupValue: string, rows: [string, string][], otherText: string): Definition['sections'][number] =>
  page(`ethnic-background-${groupValue}`, {
    type: 'single-choice',
    label: text(`Which of the following best describes your ${group} background?`, `Which of these describes your ${group} background?`),
    subject: 'your background',
    options: opts(rows.map(([v, t]) => [v, t])),
    other: true,
    otherLabel: text(otherText, otherText),
    otherPrompt: text('How would you describe your background? (optional)', 'Tell us about your background (you do not have to)'),
    otherOptional: true,
    showIf: { question: 'ethnic-group', anyOf: [groupValue] },
  });

export const EQUALITY: Definition = {
  sections: [
    page('ethnic-group', {
      type: 'single-choice',
      label: text('What is your ethnic group?', 'What is your ethnic group?'),
      subject: 'your ethnic group',
      options: opts([
        ['white', 'White'],
        ['mixed', 'Mixed or multiple ethnic groups', 'Mixed or more than one ethnic group'],
        ['asian', 'Asian or Asian British'],
        ['black', 'Black, African, Caribbean or Black British'],
        ['other-group', 'Other ethnic group', 'Another ethnic group'],
      ]),
    }),
    background('White', 'white', [['english-welsh-scottish-northern-irish-british', 'English, Welsh, Scottish, Northern Irish or British'], ['irish', 'Irish'], ['gypsy-irish-traveller', 'Gypsy or Irish Traveller'], ['roma', 'Roma']], 'Any other White background'),
    background('Mixed or multiple ethnic groups', 'mixed', [['white-black-caribbean', 'White and Black Caribbean'], ['white-black-african', 'White and Black African'], ['white-asian', 'White and Asian']], 'Any other Mixed or multiple ethnic background'),
    background('Asian or Asian British', 'asian', [['indian', 'Indian'], ['pakistani', 'Pakistani'], ['bangladeshi', 'Bangladeshi'], ['chinese', 'Chinese']], 'Any other Asian background'),
    background('Black, African, Caribbean or Black British', 'black', [['african', 'African'], ['caribbean', 'Caribbean']], 'Any other Black, African or Caribbean background'),
    background('other ethnic group', 'other-group', [['arab', 'Arab']], 'Any other ethnic group'),
    page('disability', {
      type: 'single-choice',
      label: text('Do you have any physical or mental health conditions or illness lasting or expected to last 12 months or more?', 'Do you have an illness or health condition that lasts a long time?'),
      subject: 'if you have any physical or mental health conditions or illness lasting or expected to last 12 months or more',
      options: opts([['yes', 'Yes'], ['no', 'No']]),
    }),
    page('disability-impact', {
      type: 'single-choice',
      label: text('Do any of your conditions or illnesses reduce your ability to carry out day to day activities?', 'Does this make everyday things harder for you?'),
      hint: text('For example eating, washing, walking or going shopping', 'Like eating, washing, walking or shopping'),
      subject: 'if any of your conditions or illnesses reduce your ability to carry out day to day activities',
      options: opts([['yes-a-lot', 'Yes, a lot'], ['yes-a-little', 'Yes, a little'], ['not-at-all', 'Not at all']]),
      showIf: { question: 'disability', anyOf: ['yes'] },
    }),
    page('sex', {
      type: 'single-choice',
      label: text('What is your sex?', 'What is your sex?'),
      subject: 'your sex',
      options: opts([['female', 'Female'], ['male', 'Male']]),
    }),
    page('gender-identity', {
      type: 'single-choice',
      label: text('Is the gender you identify with the same as your sex registered at birth?', 'Is your gender the same as the sex you were given when you were born?'),
      subject: 'if the gender you identify with is the same as your sex registered at birth',
      options: [{ value: 'yes', label: text('Yes') }, PNTS],
      other: true,
      otherLabel: text('No', 'No'),
      otherPrompt: text('What is your gender identity? (optional)', 'What is your gender? (you do not have to say)'),
      otherOptional: true,
    }),
    page('sexual-orientation', {
      type: 'single-choice',
      label: text('Which of the following best describes your sexual orientation?', 'Which of these describes your sexuality?'),
      subject: 'your sexual orientation',
      options: [...opts([['heterosexual', 'Heterosexual or straight', 'Straight'], ['gay-lesbian', 'Gay or lesbian'], ['bisexual', 'Bisexual']])],
      other: true,
      otherPrompt: text('How would you describe your sexual orientation? (optional)', 'Tell us (you do not have to)'),
      otherOptional: true,
    }),
    page('religion', {
      type: 'single-choice',
      label: text('What is your religion?', 'What is your religion?'),
      subject: 'your religion',
      options: opts([
        ['none', 'No religion', 'I do not have a religion'],
        ['christian', 'Christian'],
        ['buddhist', 'Buddhist'],
        ['hindu', 'Hindu'],
        ['jewish', 'Jewish'],
        ['muslim', 'Muslim'],
        ['sikh', 'Sikh'],
      ]),
      other: true,
      otherLabel: text('Any other religion', 'Another religion'),
      otherPrompt: text('What is your religion? (optional)', 'Tell us your religion (you do not have to)'),
      otherOptional: true,
    }),
    page('marital-status', {
      type: 'single-choice',
      label: text('What is your legal marital or registered civil partnership status?', 'Are you married or in a civil partnership?'),
      subject: 'your legal marital or registered civil partnership status',
      options: opts([
        ['never', 'Never married and never registered in a civil partnership', 'I have never been married or in a civil partnership'],
        ['married', 'Married'],
        ['civil-partnership', 'In a registered civil partnership', 'In a civil partnership'],
        ['separated-married', 'Separated, but still legally married'],
        ['separated-civil', 'Separated, but still legally in a civil partnership'],
        ['divorced', 'Divorced'],
        ['dissolved', 'Formerly in a civil partnership which is now legally dissolved', 'My civil partnership has ended'],
        ['widowed', 'Widowed'],
        ['surviving-partner', 'Surviving partner from a registered civil partnership', 'My civil partner has died'],
      ]),
    }),
    page('age', {
      type: 'single-choice',
      label: text('What is your age?', 'How old are you?'),
      subject: 'your age',
      options: opts([['under-18', 'Under 18'], ['18-24', '18 to 24'], ['25-34', '25 to 34'], ['35-44', '35 to 44'], ['45-54', '45 to 54'], ['55-64', '55 to 64'], ['65-74', '65 to 74'], ['75-plus', '75 or over']]),
    }),
    page('carer', {
      type: 'single-choice',
      label: text(
        'Do you look after, or give any help or support to, anyone because they have long-term physical or mental health conditions or illnesses, or problems related to old age?',
        'Do you help look after someone who is ill, disabled or old?',
      ),
      subject: 'if you look after, or give any help or support to, anyone',
      options: opts([['no', 'No'], ['yes-9-or-less', 'Yes, 9 hours a week or less'], ['yes-10-19', 'Yes, 10 to 19 hours a week'], ['yes-20-34', 'Yes, 20 to 34 hours a week'], ['yes-35-49', 'Yes, 35 to 49 hours a week'], ['yes-50-plus', 'Yes, 50 or more hours a week']]),
    }),
  ],
};

