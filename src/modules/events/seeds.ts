// Demo data modelled on a real strategy review: 42 events in five months (7 for people who use services, carers
// and the public: 4 user forums and 3 public launches; 25 staff workshops; 10 community group visits) reaching
// about 2,500 people, plus a dementia workgroup (4 public and 2 professional events, 150 people), all closed with
// attendance; and a few upcoming online conversations open for booking.
import type { AppContext } from '../../platform/module.ts';
import { listPhases, listProgrammes, listWorkgroups } from '../programmes/api.ts';
import * as repo from './repository.ts';
import { saveBookingQuestions } from './booking-questions.ts';
import { text, type Question } from '../../capabilities/questionnaires/index.ts';
import { londonIsoDate, londonToInstant } from './time.ts';

const DAY = 86400_000;
const PLACES = ['Riverside Community Centre', 'Trust headquarters, Meeting Room 2', 'Central Library', 'Oak Ward training room', 'Unity Hall', 'St Mark’s Church Hall'];
const ORGANISATIONS = ['Carers Together', 'Mind in Anytown', 'Anytown African Caribbean Forum', 'Rethink Mental Illness group', 'Anytown Age UK', 'Youth Voices', 'Deaf Community Hub', 'Polish Community Association', 'Recovery College', 'Samaritans branch'];
const SAID = [
  '"I had to tell my story four times before anyone listened."',
  '"The crisis line was kind, but nobody called me back."',
  '"Peer support workers made the difference for me."',
  '"As a carer I am never asked how I am coping."',
  '"Please stop sending letters I cannot read."',
];

interface Plan {
  title: string;
  type: string;
  audiences: string[];
  count: number;
  attendance: number[];
  format?: string;
  dementia?: boolean;
}

const PLANS: Plan[] = [
  { title: 'User forum', type: 'user-forum', audiences: ['public'], count: 4, attendance: [38, 44, 51, 47] },
  { title: 'Public launch event', type: 'public-launch', audiences: ['public'], count: 3, attendance: [122, 131, 118] },
  { title: 'Staff workshop', type: 'staff-workshop', audiences: ['staff'], count: 25, attendance: [62, 48, 55, 71, 40, 58, 66, 52, 45, 60, 57, 49, 63, 54, 68, 43, 59, 61, 50, 56, 64, 47, 53, 58, 52] },
  { title: 'Community group visit', type: 'community-visit', audiences: ['community'], count: 10, attendance: [55, 62, 48, 70, 58, 66, 51, 60, 57, 64] },
];

const DEMENTIA: Plan[] = [
  { title: 'Living well with dementia: public session', type: 'user-forum', audiences: ['public'], count: 4, attendance: [24, 27, 26, 23], dementia: true },
  { title: 'Dementia care: professional workshop', type: 'staff-workshop', audiences: ['staff'], count: 2, attendance: [26, 24], dementia: true },
];

/** Who organises the demo events, and booking open from publication until the start. */
const TEAM = {
  booking_opens_at: null,
  booking_closes_at: null,
  organiser_name: 'Engagement team',
  organiser_email: 'engagement@example.nhs.uk',
  organiser_phone: '01632 960 100',
};

export async function seedEvents(ctx: AppContext): Promise<void> {
  const programme = (await listProgrammes(ctx.db)).find((p) => p.status === 'open');
  const phases = programme ? await listPhases(ctx.db, programme.id) : [];
  const listen = phases.find((p) => p.name === 'Listen') ?? phases[0];
  const workgroup = programme ? (await listWorkgroups(ctx.db, programme.id)).find((w) => /dementia/i.test(w.name)) : undefined;
  const now = Date.now();
  const at = (daysFromNow: number, hhmm: string, from = now) => londonToInstant(londonIsoDate(new Date(from + daysFromNow * DAY)), hhmm);
  // the review's events ran over the five months of the Listen phase (to today when that phase is still going);
  // the online conversations people can book now belong to the phase that is open now
  const listenEnds = listen?.endsOn && listen.endsOn.getTime() < now ? listen.endsOn.getTime() : now;
  const openPhase = phases.find((p) => p.status === 'open') ?? listen;

  await ctx.db.transaction(async (tx) => {
    let n = 0;
    const total = [...PLANS, ...DEMENTIA].reduce((s, p) => s + p.count, 0);
    for (const plan of [...PLANS, ...DEMENTIA]) {
      for (let i = 0; i < plan.count; i++, n++) {
        // spread over the last five months, oldest first
        const daysAgo = 150 - Math.round((n * 145) / total);
        const staff = plan.audiences.includes('staff');
        const online = plan.type === 'staff-workshop' && i % 3 === 2;
        const place = PLACES[n % PLACES.length]!;
        const id = await repo.insertEvent(
          tx,
          {
            programme_id: programme?.id ?? null,
            phase_id: listen?.id ?? null,
            workgroup_id: plan.dementia ? (workgroup?.id ?? null) : null,
            title: `${plan.title} ${plan.count > 1 ? i + 1 : ''}`.trim(),
            description: staff
              ? 'A workshop for health and social care staff to shape the adult mental health strategy.'
              : 'Come and tell us what matters to you about adult mental health services. Refreshments provided.',
            audiences: plan.audiences,
            dementia: plan.dementia ?? false,
            event_type: plan.type,
            format: online ? 'online' : 'in-person',
            venue_name: online ? '' : place,
            venue_address: online ? '' : `${10 + n} High Street, Anytown`,
            venue_features: online ? [] : ['step-free', 'accessible-toilets', ...(n % 2 ? ['hearing-loop'] : []), ...(n % 3 ? ['quiet-room'] : [])],
            accessibility_notes: '',
            online_link: online ? 'https://meet.example.org/strategy-staff' : null,
            starts_at: at(-daysAgo, staff ? '10:00' : '14:00', listenEnds),
            ends_at: at(-daysAgo, staff ? '12:30' : '16:00', listenEnds),
            capacity: null,
            booking_required: plan.type !== 'community-visit',
            ...TEAM,
          },
          'published',
          null,
        );
        if (plan.type === 'community-visit') await repo.saveOrganisations(tx, id, [ORGANISATIONS[n % ORGANISATIONS.length]!, ORGANISATIONS[(n + 3) % ORGANISATIONS.length]!]);
        await repo.saveClosing(tx, id, {
          headcount: plan.attendance[i]!,
          report: `${plan.attendance[i]} people came. We heard about waiting times, continuity of care and support for carers.`,
          verbatimNotes: staff ? '' : SAID.slice(n % 3, (n % 3) + 2).join('\n'),
          notesPublished: !staff,
        });
      }
    }

    const conversations = ['Online conversation: getting help in a crisis', 'Online conversation: support for carers', 'Online conversation: talking therapies'];
    for (const [i, title] of conversations.entries()) {
      const id = await repo.insertEvent(
        tx,
        {
          programme_id: programme?.id ?? null,
          phase_id: openPhase?.id ?? null,
          workgroup_id: null,
          title,
          description: 'Book your space at an online event. A 90-minute conversation on video call, with captions. You can keep your camera off.',
          audiences: ['public'],
          dementia: false,
          event_type: 'online-conversation',
          format: 'online',
          venue_name: '',
          venue_address: '',
          venue_features: [],
          accessibility_notes: 'Live captions are on. Ask for a British Sign Language (BSL) interpreter when you book.',
          online_link: `https://meet.example.org/conversation-${i + 1}`,
          starts_at: at(7 * (i + 1), '18:00'),
          ends_at: at(7 * (i + 1), '19:30'),
          capacity: 30,
          booking_required: true,
          ...TEAM,
        },
        'published',
        null,
      );
      await saveBookingQuestions(tx, { id, booking_questionnaire_id: null }, CONVERSATION_QUESTIONS);
    }
  });
}

/** the online conversations ask people booking two questions of their own */
export const CONVERSATION_QUESTIONS: Question[] = [
  {
    id: 'topic',
    type: 'long-text',
    label: text('What would you like to talk about?', 'What do you want to talk about?'),
    hint: text('For example, something that helped you, or something that should change'),
    required: false,
    maxLength: 2000,
  },
  {
    id: 'used-services',
    type: 'single-choice',
    label: text('Have you used mental health services in the last three years?', 'Have you used mental health services in the last 3 years?'),
    subject: 'if you have used mental health services in the last three years',
    required: true,
    options: [
      { value: 'yes', label: text('Yes', 'Yes') },
      { value: 'no', label: text('No', 'No') },
      { value: 'prefer-not-to-say', label: text('Prefer not to say', 'I do not want to say') },
    ],
  },
];
