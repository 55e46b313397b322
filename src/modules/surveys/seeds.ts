// Demo data: the review's survey, answered by about 1,000 people (62% people who use services, carers and the
// public; 38% health, social care and voluntary sector staff), about 60 in Easy Read, some on paper and by phone,
// and four advocacy organisations responding on behalf of the people they support. All free text is written for
// the demo (no real comments).
import type { AppContext } from '../../platform/module.ts';
import type { Queryable } from '../../db/client.ts';
import { createQuestionnaire, lockQuestionnaire, SCALES, text, type Answers, type Definition } from '../../capabilities/questionnaires/index.ts';
import { firstUserWithRole, listAllOrganisations } from '../accounts/api.ts';
import { listPhases, listProgrammes } from '../programmes/api.ts';
import * as repo from './repository.ts';
import { newReference } from './commands/respond.ts';

export const DEMO_SURVEY = 'Adult mental health strategy: what matters to you';

export const DEMO_DEFINITION: Definition = {
  sections: [
    {
      id: 'p1', title: text('Getting support', 'Getting help'),
      intro: text('These questions are about the last time you, or someone you support, needed help with mental health.', 'These questions are about getting help.\nThink about the last time you needed help.'),
      picture: { icon: 'hand-helping', alt: 'A hand helping another hand' },
      questions: [{
        id: 'q1', type: 'rating', label: text('How easy was it to get mental health support when it was needed?', 'Was it easy to get help?'),
        subject: 'how easy it was to get support', required: true, options: SCALES.ease!.options, dontKnow: true,
        picture: { icon: 'hand-helping', alt: 'A hand helping another hand' },
      }],
    },
    {
      id: 'p2', title: text('What made it harder', 'What made it hard'),
      questions: [{
        id: 'q2', type: 'multiple-choice', label: text('What made it harder to get support?', 'What made it hard to get help?'), subject: 'what made it harder to get support', required: true,
        options: [
          { value: 'a1', label: text('Long waiting times', 'Waiting a long time') },
          { value: 'a2', label: text('Not knowing where to go', 'I did not know where to go') },
          { value: 'a3', label: text('Being told my needs were not serious enough', 'They said I was not ill enough') },
          { value: 'a4', label: text('Travel or transport', 'Getting there was hard') },
          { value: 'a5', label: text('Language or communication', 'Talking or understanding was hard') },
          { value: 'none', label: text('None of these', 'None of these'), exclusive: true },
        ],
        other: true, showIf: { question: 'q1', anyOf: ['difficult', 'very-difficult'] }, picture: { icon: 'clock', alt: 'A clock' },
      }],
    },
    {
      id: 'p3', title: text('The support you got', 'The help you got'),
      questions: [{
        id: 'q3', type: 'matrix', label: text('How much do you agree with these statements about the support?', 'Do you agree?'), subject: 'how much you agree', required: true,
        options: SCALES.agreement!.options, dontKnow: true,
        statements: [
          { value: 's1', label: text('Staff listened to me', 'Staff listened to me') },
          { value: 's2', label: text('I was involved in decisions about my care', 'I could help choose my care') },
          { value: 's3', label: text('I knew who to contact in a crisis', 'I knew who to call if things got very bad') },
        ],
        picture: { icon: 'users', alt: 'A group of people' },
      }],
    },
    {
      id: 'p4', title: text('What matters most', 'What matters most'),
      questions: [{
        id: 'q4', type: 'ranking', label: text('Put these in order of how much they matter to you', 'What matters most to you?'), subject: 'what matters most', required: true,
        options: [
          { value: 'a1', label: text('Being seen quickly', 'Getting help fast') },
          { value: 'a2', label: text('Seeing the same worker each time', 'Seeing the same person') },
          { value: 'a3', label: text('Support close to home', 'Help near my home') },
          { value: 'a4', label: text('Help for family and carers', 'Help for my family') },
        ],
        picture: { icon: 'star', alt: 'A star' },
      }],
    },
    {
      id: 'p5', title: text('Your ideas', 'Your ideas'),
      questions: [{ id: 'q5', type: 'long-text', label: text('What one change would make the biggest difference?', 'What one thing would make help better?'), subject: 'the change that would make the biggest difference', required: false, maxLength: 2000, picture: { icon: 'message-circle', alt: 'A speech bubble' } }],
    },
    {
      id: 'p6', title: text('Anything else', 'Anything else'),
      questions: [{ id: 'q6', type: 'long-text', label: text('Is there anything else you want to tell us?', 'Is there anything else you want to say?'), subject: 'anything else you want to tell us', required: false, maxLength: 2000, picture: { icon: 'pencil', alt: 'A pencil' } }],
    },
  ],
};

// Written for the demo.
const CHANGES = [
  'Someone to ring me back the same day when I call the team, even just to say when I will be seen.',
  'Evening and weekend appointments. I work shifts and cannot take time off every week.',
  'One named worker who knows my history so I do not have to repeat my story to every new person.',
  'A drop-in space in town where you can talk to someone without a referral.',
  'Clear information about what happens after a referral and how long the wait is likely to be.',
  'More support for carers. I was left to cope alone for months while my son waited.',
  'Interpreters booked in advance, not family members translating at appointments.',
  'Letters in Easy Read. I could not understand the letter about my appointment.',
  'Better links between the GP and the mental health team. Each one told me to contact the other.',
  'Shorter waits for talking therapy. Eleven months is too long when you are struggling.',
  'Peer support workers who have been through it themselves.',
  'Staff who have time to listen instead of rushing through a checklist.',
  'A crisis number that actually gets answered at night.',
  'Being asked what I want from my care plan and having it written down.',
  'Transport help for people in rural villages. The bus only runs twice a day.',
  'Less paperwork for staff so they can spend more time with patients.',
  'More community workers who speak the languages people use at home.',
  'Better training on autism and learning disability for all front-line staff.',
  'Help to understand my medication and its side effects.',
  'Keep the same team after discharge for a few weeks so it is not a cliff edge.',
  'Safe quiet rooms in A&E for people in a mental health crisis.',
  'Support groups for young adults moving from children\'s services.',
  'Clearer referral criteria so voluntary sector staff know who to refer and when.',
  'Joint visits with housing and benefits advice. Money worries make everything worse.',
  'Text reminders and the option to rearrange appointments online.',
];
const ANYTHING_ELSE = [
  'The nurse at my last appointment was kind and patient. That made a big difference.',
  'I nearly gave up trying to get help. Please make it easier for the next person.',
  'Our team is stretched. We want to give good care but caseloads are too high.',
  'Thank you for asking. It is the first time anyone has asked my opinion.',
  'The crisis café was a lifeline when I had nowhere else to go.',
  'Carers need to be included in discharge planning, with the person\'s consent.',
  'Please publish what you do with these answers.',
  'I would like to be involved in the next stage of this work.',
  'Community groups hear from people who never come to services. Fund us to reach them.',
  'It took three tries to get someone to believe me.',
];

const INDIVIDUAL_ROLES = [['service-user'], ['carer'], ['public'], ['service-user', 'carer'], ['carer', 'public']];
const STAFF_ROLES = [['staff'], ['vcse'], ['staff', 'carer'], ['staff', 'service-user']];

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoRow {
  kind: repo.Kind;
  variant: 'standard' | 'easy-read';
  channel: repo.Channel;
  roles: string[];
  answers: Answers;
  equality: Answers | null;
  equalityChoice: 'answered' | 'skipped' | null;
  organisationId?: string | null;
  organisationName?: string;
  gatheredHow?: string;
  representsCount?: number;
  representsWho?: string;
  daysAgo: number;
}

/** `count` individual responses, generated the same way every time */
export function demoResponses(count: number, seed = 42): DemoRow[] {
  const r = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const weighted = (pairs: [string, number][]) => {
    let x = r() * pairs.reduce((n, [, w]) => n + w, 0);
    for (const [v, w] of pairs) if ((x -= w) < 0) return v;
    return pairs[0]![0];
  };
  const BACKGROUNDS: Record<string, [string, number][]> = {
    white: [['english-welsh-scottish-northern-irish-british', 85], ['irish', 4], ['gypsy-irish-traveller', 2], ['roma', 1], ['other', 6], ['prefer-not-to-say', 2]],
    asian: [['indian', 35], ['pakistani', 35], ['bangladeshi', 12], ['chinese', 8], ['other', 8], ['prefer-not-to-say', 2]],
    black: [['african', 55], ['caribbean', 38], ['other', 5], ['prefer-not-to-say', 2]],
    mixed: [['white-black-caribbean', 35], ['white-black-african', 15], ['white-asian', 30], ['other', 18], ['prefer-not-to-say', 2]],
    'other-group': [['arab', 50], ['other', 45], ['prefer-not-to-say', 5]],
  };
  const ethnicity = (group: string): Answers => (BACKGROUNDS[group] ? { 'ethnic-group': group, [`ethnic-background-${group}`]: weighted(BACKGROUNDS[group]!) } : { 'ethnic-group': group });
  const rows: DemoRow[] = [];
  for (let i = 0; i < count; i++) {
    const staff = i % 50 < 19; // 38%
    const easyRead = !staff && i % 10 === 5; // about 6% of all
    const channel = (i % 25 === 3 ? 'paper' : i % 70 === 9 ? 'phone' : i % 90 === 11 ? 'assisted' : 'online') as repo.Channel;
    const q1 = weighted([['very-easy', 8], ['easy', 20], ['neither', 18], ['difficult', 30], ['very-difficult', 19], ['dont-know', 5]]);
    const answers: Answers = { q1 };
    if (q1 === 'difficult' || q1 === 'very-difficult') {
      const chosen = ['a1', 'a2', 'a3', 'a4', 'a5'].filter((_, j) => r() < [0.7, 0.45, 0.35, 0.15, 0.1][j]!);
      answers.q2 = chosen.length ? chosen : ['none'];
      answers['q2.other'] = '';
    }
    for (const s of ['s1', 's2', 's3']) answers[`q3.${s}`] = weighted([['strongly-agree', 12], ['agree', 30], ['neither', 20], ['disagree', 22], ['strongly-disagree', 10], ['dont-know', 6]]);
    const order = ['a1', 'a2', 'a3', 'a4'].sort(() => r() - 0.5);
    answers.q4 = r() < 0.5 ? ['a1', ...order.filter((o) => o !== 'a1')] : order;
    answers.q5 = r() < 0.55 ? pick(CHANGES) : '';
    answers.q6 = r() < 0.2 ? pick(ANYTHING_ELSE) : '';
    const answersEquality = r() < 0.6;
    rows.push({
      kind: 'individual',
      variant: easyRead ? 'easy-read' : 'standard',
      channel,
      roles: pick(staff ? STAFF_ROLES : INDIVIDUAL_ROLES),
      answers,
      equality: answersEquality
        ? {
            ...ethnicity(weighted([['white', 78], ['asian', 8], ['black', 5], ['mixed', 4], ['other-group', 2], ['prefer-not-to-say', 3]])),
            disability: weighted([['yes', 45], ['no', 48], ['prefer-not-to-say', 7]]),
            sex: weighted([['female', 60], ['male', 36], ['prefer-not-to-say', 4]]),
            age: weighted([['18-24', 9], ['25-34', 17], ['35-44', 19], ['45-54', 20], ['55-64', 18], ['65-74', 11], ['75-plus', 4], ['prefer-not-to-say', 2]]),
          }
        : null,
      equalityChoice: answersEquality ? 'answered' : 'skipped',
      daysAgo: Math.floor(r() * 120),
    });
  }
  return rows;
}

export async function insertDemoResponses(db: Queryable, surveyId: string, rows: DemoRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 250) {
    const batch = rows.slice(start, start + 250);
    const params: unknown[] = [];
    const values = batch.map((row) => {
      const p = (v: unknown) => `$${params.push(v)}`;
      return `(${p(surveyId)}, 'submitted', ${p(newReference())}, ${p(row.kind)}, ${p(row.variant)}, ${p(row.channel)}, ${p(row.roles)}::text[], ${p(JSON.stringify(row.answers))}::jsonb, ${p(row.equality ? JSON.stringify(row.equality) : null)}::jsonb, ${p(row.equalityChoice)}, ${p(row.organisationId ?? null)}::uuid, ${p(row.organisationName ?? null)}, ${p(row.gatheredHow ?? null)}, ${p(row.representsCount ?? null)}::int, ${p(row.representsWho ?? null)}, ${p(row.kind === 'organisation' ? new Date() : null)}::timestamptz, now() - make_interval(days => ${p(row.daysAgo)}::int), now() - make_interval(days => ${p(row.daysAgo)}::int))`;
    });
    await db.query(
      `INSERT INTO survey_responses (survey_id, status, reference, kind, variant, channel, respondent_roles, answers, equality, equality_choice, organisation_id, organisation_name, gathered_how, represents_count, represents_who, consent_confirmed_at, started_at, submitted_at)
       VALUES ${values.join(', ')}`,
      params,
    );
  }
}

export async function seedSurveys(ctx: AppContext): Promise<void> {
  const programme = (await listProgrammes(ctx.db)).find((p) => p.status === 'open');
  const phase = programme ? (await listPhases(ctx.db, programme.id)).find((p) => p.status === 'open') : undefined;
  const facilitator = await firstUserWithRole(ctx.db, 'facilitator');
  const questionnaireId = await createQuestionnaire(ctx.db, DEMO_DEFINITION);
  const surveyId = await repo.insertSurvey(ctx.db, questionnaireId, {
    title: DEMO_SURVEY,
    purpose: 'We are reviewing how adult mental health services work in our area. Tell us about getting support, what helped and what would make the biggest difference.',
    easy_read_purpose: 'We want to make mental health services better.\nPlease tell us what you think.',
    audience: 'People who use or have used mental health services, carers, family and friends, members of the public, and health, social care and voluntary sector staff.',
    privacy_text: 'The survey is anonymous. We do not ask for your name, and we do not keep your email or IP address.\nWe use the answers to shape the new strategy and publish only totals. Equality answers are never shown for groups of fewer than 5 people.',
    programme_id: programme?.id ?? null,
    phase_id: phase?.id ?? null,
    opens_on: null,
    closes_on: null,
    anonymous: true,
    easy_read: true,
    resume_days: 30,
  }, facilitator ?? null);
  await lockQuestionnaire(ctx.db, questionnaireId);
  await repo.setStatus(ctx.db, surveyId, 'open');

  const rows = demoResponses(996);
  const orgs = await listAllOrganisations(ctx.db);
  const org = (name: string) => orgs.find((o) => o.name === name)?.id ?? null;
  const collective = (name: string, how: string, n: number, who: string, q1: string, q5: string, q6: string): DemoRow => ({
    kind: 'organisation', variant: 'standard', channel: 'online', roles: [], organisationId: org(name), organisationName: name, gatheredHow: how, representsCount: n, representsWho: who,
    answers: { q1, q2: ['a1', 'a2', 'a5'], 'q2.other': '', 'q3.s1': 'disagree', 'q3.s2': 'disagree', 'q3.s3': 'strongly-disagree', q4: ['a2', 'a1', 'a3', 'a4'], q5, q6 },
    equality: null, equalityChoice: null, daysAgo: 10,
  });
  rows.push(
    collective('Opening Doors', 'focus-group', 14, 'Adults with a learning disability who meet at our weekly self-advocacy group', 'very-difficult',
      'Easy Read letters and a longer first appointment with someone the person already knows.',
      'Members said staff talked to their support workers instead of to them. They want to be spoken to directly.'),
    collective('GYROS', 'one-to-one', 23, 'Migrant families and people from Black and minority ethnic communities we support one to one', 'difficult',
      'Trained interpreters and workers from the community who understand the culture and the fear of services.',
      'Several people did not know mental health help was free or that it would not affect their immigration status.'),
    collective('Refugee Wellbeing Forum', 'collated-letters', 9, 'Refugees and people seeking asylum who wrote to us about mental health support', 'very-difficult',
      'Help that starts before people are in crisis, in places they already go such as community centres.',
      'Letters describe long waits after trauma and being moved between areas before treatment could start.'),
    collective('Black Voices Mental Health Network', 'focus-group', 18, 'Black men and women who have used mental health services, including inpatient care', 'difficult',
      'Staff training on racism and trauma, and Black-led community services commissioned properly.',
      'People described feeling judged and being more likely to be sectioned than to be offered talking therapy.'),
  );
  await insertDemoResponses(ctx.db, surveyId, rows);
}
