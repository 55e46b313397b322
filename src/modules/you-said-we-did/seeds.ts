// Demo data: a dozen "you said, we did" items for the strategy review, written from what people said in its
// consultation and survey (crisis text line, interpreters, carers, waiting times, GP links, in-patient food…), some
// linked to the consultation's decision records; and the finished "Inpatient food and menus 2025" programme's items,
// so its page is no longer empty.
import type { AppContext } from '../../platform/module.ts';
import type { Queryable } from '../../db/client.ts';
import { firstUserWithRole } from '../accounts/api.ts';
import { listProgrammes } from '../programmes/api.ts';
import { listDecisionRecords } from '../consultations/api.ts';
import * as repo from './repository.ts';

interface SeedItem extends Partial<repo.ItemInput> {
  theme: string;
  youSaid: string;
  youSaidEasyRead: string;
  weDid: string;
  status: repo.ItemInput['status'];
  owner: string;
  /** decision record themes to link */
  decisions?: string[];
  updates?: { onDate: string; body: string; evidenceUrl?: string }[];
}

const STRATEGY: SeedItem[] = [
  {
    theme: 'Text and BSL crisis contact', peopleCount: 46, audiences: ['public', 'community'],
    youSaid: 'Many people cannot or do not want to phone in a crisis. Deaf people, autistic people and young adults asked for a way to text or use British Sign Language.',
    youSaidEasyRead: 'Some people cannot phone when they need help fast.\nYou asked to send a text message.\nYou asked for sign language.',
    weDid: 'We started a crisis text line that answers day and night, and a BSL video relay service for the crisis line.', status: 'done', progress: 100,
    owner: 'Crisis and home treatment service', startsOn: '2026-03-02', dueOn: '2026-06-30',
    differenceMade: 'In the first 3 months, 412 people contacted the crisis text line. A third said they would not have phoned.', decisions: ['Text and BSL crisis contact', 'Out-of-hours crisis line'],
    updates: [{ onDate: '2026-04-01', body: 'The text line is open for a trial in the north locality.' }, { onDate: '2026-07-01', body: 'The text line and BSL relay are open across the whole trust area.' }],
  },
  {
    theme: 'Out-of-hours crisis line', peopleCount: 63, audiences: ['public', 'staff'],
    youSaid: 'The crisis line was hard to get through to at night and at weekends, and people were told to go to A&E.',
    youSaidEasyRead: 'It was hard to get help at night.\nIt was hard to get help at the weekend.',
    weDid: 'We are adding staff to the crisis line at night and at weekends, so calls are answered within 5 minutes.', status: 'in-progress', progress: 60,
    owner: 'Crisis and home treatment service', startsOn: '2026-04-01', dueOn: '2026-12-31', decisions: ['Out-of-hours crisis line'],
    updates: [{ onDate: '2026-05-15', body: 'We have recruited 6 of the 10 new crisis line workers.' }],
  },
  {
    theme: 'Interpreters', peopleCount: 28, audiences: ['public', 'community'],
    youSaid: 'People who speak little English waited longer for an interpreter, and family members, sometimes children, were asked to interpret.',
    youSaidEasyRead: 'Some people need help with English.\nThey waited a long time for someone to help them talk to us.',
    weDid: 'We booked interpreters for every first appointment where one is needed, and we stopped asking family members to interpret.', status: 'done', progress: 100,
    owner: 'Patient experience team', startsOn: '2026-02-01', dueOn: '2026-05-31',
    differenceMade: 'Every first appointment that needed an interpreter in June had one booked. Complaints about interpreting fell from 14 to 3 a quarter.',
    updates: [{ onDate: '2026-06-10', body: 'Our interpreting audit for June is published.', evidenceUrl: 'https://www.example.nhs.uk/reports/interpreting-audit-june-2026' }],
  },
  {
    theme: 'Carers in a crisis', peopleCount: 37, audiences: ['public'],
    youSaid: 'Carers said they were not listened to when the person they care for was in crisis, and were not told what happens next.',
    youSaidEasyRead: 'Carers said we did not listen to them.\nCarers want to know what happens next.',
    weDid: 'Crisis teams now ask carers what they know, and give them a named contact and a written plan of what happens next.', status: 'done', progress: 100,
    owner: 'Carers lead, adult services', startsOn: '2026-03-01', dueOn: '2026-06-30',
    differenceMade: 'In our carers survey, 7 in 10 carers said they were listened to in a crisis, up from 4 in 10.', decisions: ['Carers in a crisis'],
  },
  {
    theme: "Carers' involvement", peopleCount: 22, audiences: ['public', 'community'],
    youSaid: 'Carers want to be involved in care planning and in decisions about services, not only asked at the end.',
    youSaidEasyRead: 'Carers want to help plan care.\nCarers want to help us make decisions.',
    weDid: 'We are setting up a carers panel that meets every 2 months and reviews service changes before they are made.', status: 'in-progress', progress: 40,
    owner: 'Carers lead, adult services', startsOn: '2026-05-01', dueOn: '2026-11-30', decisions: ['Lived experience in decisions'],
    updates: [{ onDate: '2026-06-20', body: '14 carers have joined the panel. The first meeting is in September.' }],
  },
  {
    theme: 'Waiting times', peopleCount: 81, audiences: ['public', 'staff', 'community'],
    youSaid: 'Waiting for a first appointment takes too long, and no one tells you how long the wait will be or what to do while you wait.',
    youSaidEasyRead: 'You wait a long time to see us.\nNo one tells you how long.',
    weDid: 'We now write to everyone on the waiting list with the expected wait and where to get help while waiting, and we are cutting the longest waits.', status: 'in-progress', progress: 55,
    owner: 'Community mental health teams', startsOn: '2026-03-01', dueOn: '2027-03-31', decisions: ['Waiting times'],
    updates: [{ onDate: '2026-05-01', body: 'Waiting-list letters now go out to everyone, with the expected wait.' }, { onDate: '2026-07-15', body: 'The longest wait is down from 26 weeks to 19 weeks.' }],
  },
  {
    theme: 'Self-referral', peopleCount: 19, audiences: ['public'],
    youSaid: 'People want to refer themselves to talking therapies and community teams without going through a GP first.',
    youSaidEasyRead: 'You want to ask us for help yourself.\nYou do not want to go to your doctor first.',
    weDid: 'Anyone can now refer themselves online or by phone to talking therapies and to the community mental health teams.', status: 'done', progress: 100,
    owner: 'Single point of access', startsOn: '2026-03-01', dueOn: '2026-04-30',
    differenceMade: 'A quarter of new referrals in May were self-referrals. Most came from people who had not seen a GP about their mental health.', decisions: ['Self-referral'],
  },
  {
    theme: 'GP links', peopleCount: 24, audiences: ['public', 'staff'],
    youSaid: 'GPs and mental health teams do not share information, so people have to tell their story again and again.',
    youSaidEasyRead: 'You have to tell your story again and again.\nYour doctor and our team do not talk to each other.',
    weDid: 'Each GP practice now has a named mental health link worker, and a shared care record is being set up.', status: 'in-progress', progress: 30,
    owner: 'Primary care liaison team', startsOn: '2026-04-01', dueOn: '2027-06-30', decisions: ['Sharing information between services'],
  },
  {
    theme: 'Longer GP appointments', peopleCount: 15, audiences: ['public'],
    youSaid: 'Ten minutes with a GP is not enough to talk about your mental health.',
    youSaidEasyRead: 'Ten minutes with your doctor is too short.',
    weDid: 'We are not changing the length of GP appointments.', status: 'not-doing', progress: 0,
    owner: 'Primary care liaison team',
    notDoingReason: 'GP practices set their own appointment lengths and this trust does not run them. Instead, the mental health link worker in each practice can offer a longer appointment, and we have passed what you said to the local GP federation.',
    decisions: ['Longer GP appointments'],
  },
  {
    theme: 'Accessible letters and information', peopleCount: 17, audiences: ['public', 'community'],
    youSaid: 'Letters are full of jargon, and there is no Easy Read or large print.',
    youSaidEasyRead: 'Our letters are hard to read.\nYou want Easy Read letters.',
    weDid: 'We are rewriting our standard letters in plain English, with Easy Read and large print versions on request.', status: 'planned', progress: 0,
    owner: 'Communications team', startsOn: '2026-09-01', dueOn: '2027-01-31', decisions: ['Accessible letters and information'],
  },
  {
    theme: 'Discharge planning', peopleCount: 12, audiences: ['public', 'staff'],
    youSaid: 'People leave hospital without a plan, and no one checks on them in the first week at home.',
    youSaidEasyRead: 'You leave hospital with no plan.\nNo one checks you are OK at home.',
    weDid: 'Everyone leaving a ward will have a written plan and a follow-up call or visit within 72 hours.', status: 'planned', progress: 10,
    owner: 'Inpatient services', startsOn: '2026-10-01', dueOn: '2027-03-31', decisions: ['Discharge planning'],
  },
  {
    theme: 'In-patient food', peopleCount: 9, audiences: ['public', 'staff'],
    youSaid: 'Food on the wards is the same every week and there is little choice for people with cultural or religious diets.',
    youSaidEasyRead: 'The food on the ward is the same every week.\nThere is not enough choice.',
    weDid: 'The new menus from the Inpatient food and menus programme are on every ward, with halal, kosher, vegan and soft options.', status: 'done', progress: 100,
    owner: 'Catering and facilities team', startsOn: '2025-09-01', dueOn: '2026-02-28',
    differenceMade: 'Ward food satisfaction went up from 48% to 71% in the spring survey.',
  },
];

const FOOD: SeedItem[] = [
  {
    theme: 'More choice', peopleCount: 34, audiences: ['public', 'staff'],
    youSaid: 'The menu is the same every week and there are only two choices at each meal.',
    youSaidEasyRead: 'The menu is the same every week.\nThere are only two choices.',
    weDid: 'We brought in a 3-week menu with four choices at lunch and dinner.', status: 'done', progress: 100, owner: 'Catering and facilities team', startsOn: '2025-06-01', dueOn: '2025-09-30',
    differenceMade: 'Patients now see the same meal once every 3 weeks, not every week. Food waste fell by a fifth.',
  },
  {
    theme: 'Cultural and religious diets', peopleCount: 18, audiences: ['public', 'community'],
    youSaid: 'Halal and kosher meals had to be ordered a day ahead, and vegetarian options were often the same pasta.',
    youSaidEasyRead: 'It was hard to get food for your religion.\nThe vegetarian food was always the same.',
    weDid: 'Halal, kosher and vegan meals are on the menu every day, with no need to order ahead.', status: 'done', progress: 100, owner: 'Catering and facilities team', startsOn: '2025-06-01', dueOn: '2025-10-31',
    differenceMade: 'No one on the wards asked for a special meal to be ordered ahead after October.',
    updates: [{ onDate: '2025-10-31', body: 'The new menus are in use on every ward.' }],
  },
  {
    theme: 'Snacks at night', peopleCount: 21, audiences: ['public'],
    youSaid: 'People get hungry in the evening, especially when medication makes them hungry, and there is nothing to eat after 6pm.',
    youSaidEasyRead: 'You get hungry at night.\nThere is no food after 6pm.',
    weDid: 'Every ward now has a snack cupboard open until 10pm with fruit, toast and cereal.', status: 'done', progress: 100, owner: 'Ward managers', startsOn: '2025-07-01', dueOn: '2025-08-31',
    differenceMade: 'Ward managers say there are fewer arguments about food in the evening.',
  },
  {
    theme: 'Eating together', peopleCount: 11, audiences: ['public', 'staff'],
    youSaid: 'Eating alone in your room is lonely; people want to eat together and sometimes cook.',
    youSaidEasyRead: 'Eating alone is lonely.\nYou want to eat with other people.',
    weDid: 'Two wards now have a weekly cooking group with an occupational therapist.', status: 'done', progress: 100, owner: 'Occupational therapy team', startsOn: '2025-09-01', dueOn: '2025-12-31',
    differenceMade: 'The cooking groups are full most weeks and patients choose what is cooked.',
  },
  {
    theme: 'Takeaway deliveries', peopleCount: 8, audiences: ['public'],
    youSaid: 'Some people asked to be able to order takeaway food to the ward.',
    youSaidEasyRead: 'You asked to get takeaway food on the ward.',
    weDid: 'We are not allowing takeaway deliveries to the wards.', status: 'not-doing', progress: 0, owner: 'Inpatient services',
    notDoingReason: 'Deliveries to the ward door are a safety risk and make it hard to check what is brought in. Instead, visitors can bring food, and the snack cupboard is open until 10pm.',
  },
];

async function seedProgramme(db: Queryable, programmeId: string, items: SeedItem[], by: string | null): Promise<void> {
  const records = await listDecisionRecords(db, programmeId);
  for (const s of items) {
    const id = await repo.insertItem(db, programmeId, {
      youSaid: s.youSaid, youSaidEasyRead: s.youSaidEasyRead, peopleCount: s.peopleCount ?? null, audiences: s.audiences ?? [], theme: s.theme, weDid: s.weDid, status: s.status,
      notDoingReason: s.notDoingReason ?? '', progress: s.progress ?? 0, owner: s.owner, startsOn: s.startsOn ?? null, dueOn: s.dueOn ?? null, differenceMade: s.differenceMade ?? '',
    }, by);
    for (const u of s.updates ?? []) await repo.insertUpdate(db, id, { onDate: u.onDate, body: u.body, evidenceUrl: u.evidenceUrl ?? '' }, by);
    const linked = [...new Set((s.decisions ?? []).flatMap((theme) => records.filter((r) => r.theme === theme).map((r) => r.id)))];
    if (linked.length) await repo.setDecisions(db, id, linked, by);
  }
}

export async function seedYouSaidWeDid(ctx: AppContext): Promise<void> {
  const programmes = await listProgrammes(ctx.db);
  const strategy = programmes.find((p) => p.title === 'Adult mental health strategy review 2026' && p.status === 'open');
  const food = programmes.find((p) => p.title === 'Inpatient food and menus 2025');
  const by = (await firstUserWithRole(ctx.db, 'facilitator')) ?? null;
  await ctx.db.transaction(async (tx) => {
    if (strategy) await seedProgramme(tx, strategy.id, STRATEGY, by);
    if (food) await seedProgramme(tx, food.id, FOOD, by);
  });
}
