// Demo data: the adult mental health strategy review, modelled on a real review (42 events in five months),
// with a dementia workgroup inside it, and a forthcoming and a closed programme so the hub shows all three.
import type { AppContext } from '../../platform/module.ts';
import { createProgramme } from './api.ts';

export const DEMO_PROGRAMME = 'Adult mental health strategy review 2026';
export const DEMO_WORKGROUP = 'Dementia workgroup';

export async function seedProgrammes(ctx: AppContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await createProgramme(tx, {
      title: DEMO_PROGRAMME,
      summary: 'We are reviewing our adult mental health strategy with people who use services, carers, staff and community groups. Tell us what matters to you.',
      area: 'Whole trust area',
      ownerWorkgroup: 'Adult mental health strategy steering group',
      status: 'open',
      phases: [
        // the review ran from July 2025 to April 2026 (42 events, a survey, a draft for comment in December and a second
        // wave in January, a final strategy in April); the workstreams are delivering it now
        { name: 'Listen', description: 'Events and surveys to hear what matters to people.', startsOn: '2025-07-01', endsOn: '2025-11-28', status: 'closed' },
        { name: 'Draft', description: 'We publish a draft strategy based on what people said.', startsOn: '2025-12-01', endsOn: '2025-12-19', status: 'closed' },
        { name: 'Comment', description: 'A second wave of events and surveys on the draft.', startsOn: '2026-01-05', endsOn: '2026-01-30', status: 'closed' },
        { name: 'Final', description: 'The final strategy is agreed and published.', startsOn: '2026-02-02', endsOn: '2026-04-30', status: 'closed' },
        { name: 'Deliver', description: 'Workstreams put the strategy into practice.', startsOn: '2026-05-01', endsOn: '2029-04-30', status: 'open' },
      ],
      workgroups: [DEMO_WORKGROUP],
    });
    await createProgramme(tx, {
      title: 'Crisis care pathway redesign',
      summary: 'How people get help in a mental health crisis, day and night. We will start listening in the spring.',
      area: 'North locality',
      ownerWorkgroup: 'Crisis care workgroup',
      status: 'forthcoming',
      phases: [{ name: 'Listen', description: '', startsOn: '2027-03-01', endsOn: '2027-05-31', status: 'forthcoming' }],
    });
    await createProgramme(tx, {
      title: 'Inpatient food and menus 2025',
      summary: 'People on our wards told us what they thought of the food. This programme has finished.',
      area: 'South locality',
      ownerWorkgroup: 'Inpatient experience group',
      status: 'closed',
      phases: [{ name: 'Listen', description: '', startsOn: '2025-03-03', endsOn: '2025-06-30', status: 'closed' }],
    });
  });
}
