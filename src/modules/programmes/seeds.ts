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
        { name: 'Listen', description: 'Events and surveys to hear what matters to people.', startsOn: '2026-07-01', endsOn: '2026-12-18', status: 'open' },
        { name: 'Draft', description: 'We publish a draft strategy based on what people said.', startsOn: '2027-01-04', endsOn: '2027-02-26', status: 'forthcoming' },
        { name: 'Comment', description: 'A second wave of events and surveys on the draft.', startsOn: '2027-03-01', endsOn: '2027-04-30', status: 'forthcoming' },
        { name: 'Final', description: 'The final strategy is agreed and published.', startsOn: '2027-05-03', endsOn: '2027-06-30', status: 'forthcoming' },
        { name: 'Deliver', description: 'Workstreams put the strategy into practice.', startsOn: '2027-07-01', endsOn: '2029-06-30', status: 'forthcoming' },
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
