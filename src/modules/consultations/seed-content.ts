// Demo content for the consultation on the draft adult mental health strategy: six pillars in Draft 1 (out for
// comment in December, wave 1, and again in January, wave 2), Draft 2 (changed in five pillars because of what
// people said), the Final version, the comments, the responses organisations sent on behalf of the people they
// support, and the decisions that link each change (or each "we did not change this") to the comments behind it.
// Data only: another file inserts it. Everything here is written for the demo; no real comments, no real people.

export type Role = 'service-user' | 'carer' | 'public' | 'staff' | 'organisation';
export type Channel = 'online' | 'letter' | 'email' | 'event';

export interface SeedSection {
  key: 'pillar-1' | 'pillar-2' | 'pillar-3' | 'pillar-4' | 'pillar-5' | 'pillar-6';
  /** the same in every version */
  heading: string;
  /** Markdown body of Draft 1 */
  draft1: string;
  /** Draft 2: changed in five pillars because of comments, the same as draft1 in pillar 3 */
  draft2: string;
  /** Final: small further changes in pillars 4 and 6, otherwise the same as draft2 */
  final: string;
  /** Easy Read text, one sentence a line */
  easyRead: string;
  /** a name from the questionnaires' picture library */
  picture: string;
  pictureAlt: string;
}

export interface SeedComment {
  section: SeedSection['key'];
  /** 1: in December, 2: in January; every comment is on Draft 1's text */
  wave: 1 | 2;
  role: Role;
  /** null: anonymous */
  displayName: string | null;
  body: string;
  /** an exact passage of the section's draft1 the comment is about */
  quote?: string;
  /** online when not given */
  channel?: Channel;
  /** index in COMMENTS of the top-level comment (same section) this replies to */
  replyTo?: number;
  /** what it is about; decisions link to comments by this label */
  theme?: string;
}

export interface SeedOrganisationComment {
  section: SeedSection['key'];
  organisation: 'Opening Doors' | 'Bridge Plus' | 'GYROS' | 'ACCESS';
  gatheredHow: 'focus-group' | 'one-to-one' | 'collated-letters' | 'other';
  representsCount: number;
  representsWho: string;
  body: string;
  quote?: string;
  theme?: string;
}

export interface SeedDecision {
  section: SeedSection['key'];
  /** the version the change lands in; for 'not-changed', the version it was considered for */
  inVersion: 'draft2' | 'final';
  decision: 'changed' | 'changed-in-part' | 'not-changed';
  /** the theme label of the comments behind it */
  theme: string;
  reason: string;
}

export const CONSULTATION: { title: string; summary: string; easyReadSummary: string; audience: string; responseIntro: string; responseNextSteps: string } = {
  title: 'Our adult mental health strategy: draft for comment',
  summary: 'We have written a draft of our new adult mental health strategy for the next five years, using what more than 1,000 people told us at events and in our survey. It is built around six pillars, from helping people stay well to working better with other services. Tell us what you think of each pillar: what we have got right, what is missing and what would make the biggest difference to you or the people you support. You can comment on the whole pillar or on the words you want to change.',
  easyReadSummary: 'We have written a plan for adult mental health services.\nThe plan has 6 parts.\nWe want to know what you think.\nYou can tell us what is good.\nYou can tell us what we should change.\nWe will read everything you say.',
  audience: 'People who use mental health services, carers and the public; staff; community and voluntary groups',
  responseIntro: 'Thank you to everyone who commented on Draft 1 of our adult mental health strategy, in December and again in January. We heard from hundreds of people who use our services, carers, members of the public and staff, and from Opening Doors, Bridge Plus, GYROS and ACCESS on behalf of the people they support. For each pillar, this page sets out what you told us, what we changed in Draft 2 and the Final version, and where we did not make a change, why not.',
  responseNextSteps: 'The Final version of the strategy was approved by the trust board in March. Each pillar now has a workstream, co-chaired by a person with lived experience, which will turn it into a plan with dates. We will publish what we have done every six months, starting in the autumn, and you can join a workstream or our involvement network at any time. If you commented and told us you wanted to hear more, we will write to you.',
};

const P1_DRAFT1 = `Good mental health starts long before anyone needs a mental health service. We want to help people stay well, spot problems early and get support in their own community, without needing a referral.

## What we heard in the first stage

At our events and in our survey, people told us that loneliness, money worries, poor housing and caring for someone else can all wear down mental health. Many said they only found out about local support once they were already unwell.

## What we will do

- Open wellbeing hubs in four towns, run with voluntary and community groups, where anyone can drop in and talk to someone.
- Train 500 people who work in the community, such as pharmacy staff, housing officers and faith leaders, in mental health first aid.
- Publish one up-to-date online directory of local groups, activities and support, with a printed version in libraries and GP surgeries.
- Work with councils on physical activity, healthy eating and stopping smoking for people with mental health problems.
- Run a yearly campaign to reduce stigma, designed with people who have lived experience.

## How this will feel different

You should be able to find out what is available near you in one place. You should not have to be "ill enough" to get help to stay well. When you contact a hub, the person you speak to should help you find the right group or service, rather than just give you a leaflet.

We will check our progress every year with the people who use the hubs.`;

const P1_DRAFT2 = `Good mental health starts long before anyone needs a mental health service. We want to help people stay well, spot problems early and get support in their own community, without needing a referral.

## What we heard in the first stage

At our events and in our survey, people told us that loneliness, money worries, poor housing and caring for someone else can all wear down mental health. Many said they only found out about local support once they were already unwell.

## What we will do

- Open wellbeing hubs in four towns, run jointly with voluntary and community groups, where anyone can drop in and talk to someone.
- Have a welfare benefits, debt and housing adviser at every wellbeing hub at least one day a week, so that you can get help with money worries in the same place.
- Set up a small grants fund so that community groups, including groups led by Black and minority ethnic communities, can run wellbeing activities where people already meet.
- Train 500 people who work in the community, such as pharmacy staff, housing officers and faith leaders, in mental health first aid.
- Publish one up-to-date online directory of local groups, activities and support, with a printed version in libraries and GP surgeries.
- Work with councils on physical activity, healthy eating and stopping smoking for people with mental health problems.
- Run a yearly campaign to reduce stigma, designed with people who have lived experience.

## How this will feel different

You should be able to find out what is available near you in one place. You should not have to be "ill enough" to get help to stay well. When you contact a hub, the person you speak to should help you find the right group or service, rather than just give you a leaflet.

We will check our progress every year with the people who use the hubs.`;

const P2_DRAFT1 = `Too many people told us they did not know how to get help, were passed between teams, or waited months without hearing anything. This pillar is about making the way in, and the way through, clear and fair.

## One way in

We will set up a single point of access for adult mental health services. GPs, other professionals and the voluntary sector will refer through one team, which will decide within five working days which service is right for you.

## While you wait

Nobody should be left waiting without knowing what is happening. We will:

- write to you within five working days of a referral to say what happens next
- give you a named contact while you wait
- tell you how long the wait is likely to be
- check in with you at least once a month if your wait is longer than six weeks
- tell you what to do if things get worse while you are waiting

## Moving between services

When you move from one team to another, your information should move with you. You should not have to tell your story again and again. We will agree a shared plan with you before any move, and the team you are leaving will stay in touch until the new team has met you.

## If we cannot help

If our services are not right for you, we will explain why in plain English and help you contact a service that can help. We will not just send you back to your GP.`;

const P2_DRAFT2 = `Too many people told us they did not know how to get help, were passed between teams, or waited months without hearing anything. This pillar is about making the way in, and the way through, clear and fair.

## One way in

We will set up a single point of access for adult mental health services. You will be able to refer yourself, by phone or online, without seeing your GP first. GPs, other professionals and the voluntary sector will refer through the same team, which will decide within five working days which service is right for you.

## While you wait

Nobody should be left waiting without knowing what is happening. We will:

- ask how you want us to contact you, and whether you need Easy Read, large print, British Sign Language, an interpreter or another language, and record it so that every team sees it
- write to you within five working days of a referral to say what happens next, in the format you asked for
- give you a named contact while you wait
- tell you how long the wait is likely to be
- publish the average waiting time for each service on our website every month
- check in with you at least once a month if your wait is longer than six weeks
- tell you what to do if things get worse while you are waiting

## Moving between services

When you move from one team to another, your information should move with you. You should not have to tell your story again and again. We will agree a shared plan with you before any move, and the team you are leaving will stay in touch until the new team has met you.

## If we cannot help

If our services are not right for you, we will explain why in plain English and help you contact a service that can help. We will not just send you back to your GP.`;

const P3_DRAFT1 = `Most people with a mental health problem are supported by their GP practice, not by a specialist team. We want GP practices to have mental health expertise close at hand, so that people get the right help sooner and closer to home.

## What we will do

- Place a mental health practitioner in every primary care network, working in GP surgeries alongside GPs, nurses and social prescribers.
- Give GPs a same-day advice line to a consultant psychiatrist or senior nurse.
- Make sure people with severe mental illness get a yearly physical health check, with support to act on the results.
- Bring talking therapies into GP surgeries and community venues, with evening appointments.
- Share care plans between GP practices and our teams, with your consent.

## People with severe mental illness

People with severe mental illness die, on average, 15 to 20 years earlier than other people, mostly from physical illnesses that could be prevented or treated. The yearly health check will be offered by someone you know, at a time that suits you, and we will follow up if you do not come.

## What this means for you

If you go to your GP about your mental health, you should be able to see someone with mental health training at your own surgery, usually within two weeks. If you need specialist help, your GP will be able to get advice the same day instead of making a referral and waiting.`;

const P4_DRAFT1 = `A mental health crisis can happen to anyone, at any time. When it does, you and the people close to you need help quickly, from someone who listens, in a place that feels safe.

## What we will do

- Keep our 24-hour mental health crisis line open every day of the year, through NHS 111 (option 2).
- Open a crisis café in every main town, open in the evenings and at weekends, run with voluntary sector partners.
- Have mental health staff in every emergency department 24 hours a day.
- Grow our home treatment team so that more people can be supported at home instead of in hospital.
- Work with the police and ambulance service so that people in crisis are seen by mental health staff, not held in a police cell.

## Carers and families

Carers are often the first to notice that someone is becoming unwell. We will make sure carers know who to contact and are listened to when they raise a concern.

## What we will measure

| What we will measure | Where we are now | Our aim by 2028 |
| --- | --- | --- |
| Calls to the crisis line answered within 1 minute | 62% | 90% |
| People seen in the emergency department within 1 hour of referral | 71% | 95% |
| People in crisis supported at home instead of being admitted | 48% | 60% |

## After a crisis

Everyone who has been in crisis will be offered a follow-up within 72 hours and help to make a plan for what to do if it happens again.`;

const P4_DRAFT2 = `A mental health crisis can happen to anyone, at any time. When it does, you and the people close to you need help quickly, from someone who listens, in a place that feels safe.

## What we will do

- Keep our 24-hour mental health crisis line open every day of the year, through NHS 111 (option 2), with more staff at night and at weekends, when most people call.
- Make sure every call is answered by a trained mental health worker, and call you back within an hour if you could not get through.
- Open crisis cafés in the four largest towns first, open in the evenings until midnight and at weekends, run with voluntary sector partners, with help with transport for people in villages. We will decide where more are needed in 2026.
- Have mental health staff in every emergency department 24 hours a day.
- Grow our home treatment team so that more people can be supported at home instead of in hospital.
- Work with the police and ambulance service so that people in crisis are seen by mental health staff, not held in a police cell.

## Carers and families

Carers are often the first to notice that someone is becoming unwell. Carers can call the crisis line about the person they care for at any time, even if that person has not agreed to share information. Staff will always listen to what a carer tells them, explain what they can and cannot share and why, and tell the carer where they can get support for themselves.

## What we will measure

| What we will measure | Where we are now | Our aim by 2028 |
| --- | --- | --- |
| Calls to the crisis line answered within 1 minute | 62% | 90% |
| People seen in the emergency department within 1 hour of referral | 71% | 95% |
| People in crisis supported at home instead of being admitted | 48% | 60% |

## After a crisis

Everyone who has been in crisis will be offered a follow-up within 72 hours and help to make a plan for what to do if it happens again.`;

const P4_FINAL = `A mental health crisis can happen to anyone, at any time. When it does, you and the people close to you need help quickly, from someone who listens, in a place that feels safe.

## What we will do

- Keep our 24-hour mental health crisis line open every day of the year, through NHS 111 (option 2), with more staff at night and at weekends, when most people call.
- Make sure every call is answered by a trained mental health worker, and call you back within an hour if you could not get through.
- Offer a text message service and a British Sign Language video relay service for the crisis line, for people who are deaf or find it hard to talk on the phone.
- Open crisis cafés in the four largest towns first, open in the evenings until midnight and at weekends, run with voluntary sector partners, with help with transport for people in villages. We will decide where more are needed in 2026.
- Have mental health staff in every emergency department 24 hours a day.
- Grow our home treatment team so that more people can be supported at home instead of in hospital.
- Work with the police and ambulance service so that people in crisis are seen by mental health staff, not held in a police cell.

## Carers and families

Carers are often the first to notice that someone is becoming unwell. Carers can call the crisis line about the person they care for at any time, even if that person has not agreed to share information. Staff will always listen to what a carer tells them, explain what they can and cannot share and why, and tell the carer where they can get support for themselves.

## What we will measure

| What we will measure | Where we are now | Our aim by 2028 |
| --- | --- | --- |
| Calls to the crisis line answered within 1 minute | 62% | 90% |
| Text and British Sign Language contacts answered within 15 minutes | Not offered yet | 90% |
| People seen in the emergency department within 1 hour of referral | 71% | 95% |
| People in crisis supported at home instead of being admitted | 48% | 60% |

## After a crisis

Everyone who has been in crisis will be offered a follow-up within 72 hours and help to make a plan for what to do if it happens again.`;

const P5_DRAFT1 = `Sometimes a stay in hospital is the right way to keep someone safe and help them recover. When that happens, the stay should be as short as it can be, close to home, and focused on recovery.

## What we will do

- Stop sending people to hospitals outside our area, except where a very specialist bed is needed.
- Make sure everyone has a named nurse and a care plan written with them within 72 hours of arriving.
- Offer therapeutic activities on every ward, seven days a week.
- Reduce the use of restraint and seclusion, and publish our figures every three months.
- Involve carers and families in care planning, with the person's consent.

## Planning to go home

Planning to leave hospital should start on the day you arrive. We will work with housing, social care and community teams so that nobody stays in hospital longer than they need to because the support they need at home is not ready.

## Peer support on wards

We will have peer support workers, people with their own experience of mental health services, on every adult ward.

## Listening to people on the wards

Each ward will hold a weekly community meeting, and we will act on what people say. We will ask everyone who leaves hospital about their stay, and publish what we hear and what we did about it.`;

const P5_DRAFT2 = `Sometimes a stay in hospital is the right way to keep someone safe and help them recover. When that happens, the stay should be as short as it can be, close to home, and focused on recovery.

## What we will do

- Bring the number of people sent to hospitals outside our area down to none by 2027, except where a very specialist bed is needed. Until then, we will pay visitors' travel costs and give each person placed away a named contact in our team.
- Make sure everyone has a named nurse and a care plan written with them within 72 hours of arriving.
- Offer therapeutic activities on every ward, seven days a week, including in the evenings, with time outside in the fresh air every day and free Wi-Fi on every ward.
- Reduce the use of restraint and seclusion, and publish our figures every three months.
- Involve carers and families in care planning, with the person's consent.

## Planning to go home

Planning to leave hospital should start on the day you arrive, with you and, if you agree, your family or carer. We will work with housing, social care and community teams so that nobody stays in hospital longer than they need to because the support they need at home is not ready.

Before you leave, we will check that you have somewhere safe to live, enough medication and enough money to manage until your benefits or pay come through. You will be contacted within 72 hours of leaving, and the ward will stay in touch until your community team has seen you.

## Peer support on wards

We will have peer support workers, people with their own experience of mental health services, on every adult ward.

## Listening to people on the wards

Each ward will hold a weekly community meeting, and we will act on what people say. We will ask everyone who leaves hospital about their stay, and publish what we hear and what we did about it.`;

const P6_DRAFT1 = `People do not live their lives in separate pieces, and their support should not come in separate pieces either. This pillar is about the NHS, councils, the voluntary sector, police, housing and employers working together around the person.

## What we will do

- Set up a mental health partnership board for the area, with the trust, councils, the integrated care board, voluntary sector groups and people with lived experience.
- Agree one care plan that each service can see, with your permission, so you do not have to repeat yourself.
- Put mental health workers into neighbourhood teams alongside community nurses, social workers and housing officers.
- Help people into work and to stay in work, with employment advisers in our community teams.
- Pool some budgets with councils so that money follows the person, not the organisation.

## Working with the voluntary sector

Voluntary and community groups often reach people who never come to us. We will treat them as partners, involve them early, and agree longer contracts so that good services do not close because funding runs out each year.

## How we will know it is working

We will ask people who use several services whether their support feels joined up. We will report this to the partnership board every six months and publish it on our website.`;

const P6_DRAFT2 = `People do not live their lives in separate pieces, and their support should not come in separate pieces either. This pillar is about the NHS, councils, the voluntary sector, police, housing and employers working together around the person.

## What we will do

- Set up a mental health partnership board for the area, with the trust, councils, the integrated care board, voluntary sector groups, at least three people with lived experience of mental health services and at least one carer.
- Agree one care plan that each service can see, with your permission, so you do not have to repeat yourself. You will be able to see which services have looked at your plan, and change what you agree to share at any time.
- Put mental health workers into neighbourhood teams alongside community nurses, social workers and housing officers.
- Help people into work and to stay in work, with employment advisers in our community teams.
- Pool some budgets with councils so that money follows the person, not the organisation.

## People with lived experience

Members of the board with lived experience will be paid for their time and given the support they need to take part as equal members. They will help set the board's priorities, and one of them will co-chair each of its working groups.

## Working with the voluntary sector

Voluntary and community groups often reach people who never come to us. We will treat them as partners, involve them early, and agree longer contracts so that good services do not close because funding runs out each year.

## How we will know it is working

We will ask people who use several services whether their support feels joined up. We will report this to the partnership board every six months and publish it on our website.`;

const P6_FINAL = `People do not live their lives in separate pieces, and their support should not come in separate pieces either. This pillar is about the NHS, councils, the voluntary sector, police, housing and employers working together around the person.

## What we will do

- Set up a mental health partnership board for the area, with the trust, councils, the integrated care board, voluntary sector groups, at least three people with lived experience of mental health services and at least one carer.
- Agree one care plan that each service can see, with your permission, so you do not have to repeat yourself. You will be able to see which services have looked at your plan, and change what you agree to share at any time.
- Put mental health workers into neighbourhood teams alongside community nurses, social workers and housing officers.
- Help people into work and to stay in work, with employment advisers in our community teams.
- Pool some budgets with councils so that money follows the person, not the organisation.

## People with lived experience

Members of the board with lived experience will be paid for their time and given the support they need to take part as equal members. They will help set the board's priorities, and one of them will co-chair each of its working groups.

## Working with the voluntary sector

Voluntary and community groups often reach people who never come to us. We will treat them as partners, involve them early, and agree contracts of at least three years so that good services do not close because funding runs out each year. We will pay voluntary groups for the time their staff spend planning services with us.

## How we will know it is working

We will ask people who use several services whether their support feels joined up. We will report this to the partnership board every six months and publish it on our website.`;

export const SECTIONS: SeedSection[] = [
  {
    key: 'pillar-1',
    heading: 'Pillar 1: Prevention and wellbeing',
    draft1: P1_DRAFT1,
    draft2: P1_DRAFT2,
    final: P1_DRAFT2,
    easyRead: 'This part is about staying well.\nWe will open places in 4 towns where you can drop in.\nYou can talk to someone there.\nYou do not need to see a doctor first.\nWe will make a list of groups near you.\nThe list will be online and on paper.\nWe will teach shop and pharmacy staff how to help people who are struggling.',
    picture: 'hand-heart',
    pictureAlt: 'A hand holding a heart',
  },
  {
    key: 'pillar-2',
    heading: 'Pillar 2: Clear routes into and through services',
    draft1: P2_DRAFT1,
    draft2: P2_DRAFT2,
    final: P2_DRAFT2,
    easyRead: 'This part is about getting help from us.\nThere will be one team to ask for help.\nThey will tell you what happens next within 1 week.\nYou will have a person to call while you wait.\nWe will tell you how long you will wait.\nYou will not have to tell your story again and again.\nIf we cannot help, we will tell you who can.',
    picture: 'map-pin',
    pictureAlt: 'A pin on a map',
  },
  {
    key: 'pillar-3',
    heading: 'Pillar 3: Mental health in primary care',
    draft1: P3_DRAFT1,
    draft2: P3_DRAFT1,
    final: P3_DRAFT1,
    easyRead: 'This part is about getting help at your doctor\'s surgery.\nThere will be a mental health worker at your surgery.\nYou should see them within 2 weeks.\nYour doctor can ask a mental health expert for advice on the same day.\nIf you have a serious mental illness, you get a health check every year.\nTalking therapy will be near you, in the evenings too.',
    picture: 'user',
    pictureAlt: 'A person, like your doctor',
  },
  {
    key: 'pillar-4',
    heading: 'Pillar 4: Support in crisis',
    draft1: P4_DRAFT1,
    draft2: P4_DRAFT2,
    final: P4_FINAL,
    easyRead: 'This part is about help when things get very bad.\nYou can call the crisis line day or night.\nCall NHS 111 and choose option 2.\nThere will be crisis cafés you can go to in the evening.\nThere will be mental health staff at A&E all the time.\nFamily and carers can call us too.\nAfter a crisis, we will contact you within 3 days.',
    picture: 'phone',
    pictureAlt: 'A phone',
  },
  {
    key: 'pillar-5',
    heading: 'Pillar 5: Effective in-patient care',
    draft1: P5_DRAFT1,
    draft2: P5_DRAFT2,
    final: P5_DRAFT2,
    easyRead: 'This part is about staying in a mental health hospital.\nWe want you to stay in a hospital near your home.\nYou will have a named nurse.\nThere will be things to do on the ward every day.\nWe will plan for you going home from your first day.\nPeople who have been ill themselves will work on the wards.\nWe will ask you what your stay was like.',
    picture: 'hospital',
    pictureAlt: 'A hospital',
  },
  {
    key: 'pillar-6',
    heading: 'Pillar 6: Integrated working',
    draft1: P6_DRAFT1,
    draft2: P6_DRAFT2,
    final: P6_FINAL,
    easyRead: 'This part is about services working together.\nThe NHS, the council and local groups will meet and plan together.\nPeople who use services will be part of this group.\nYou will have one plan that all your services can see.\nYou choose who can see your plan.\nWe will help people find work and keep their job.',
    picture: 'users',
    pictureAlt: 'A group of people',
  },
];

export const COMMENTS: SeedComment[] = [
  { section: 'pillar-1', wave: 1, role: 'service-user', displayName: "Sam", body: "Which four towns? If you live out in the villages like me, four hubs might as well be none. The bus into town is every two hours and costs nearly a tenner return.", quote: "Open wellbeing hubs in four towns", theme: "Wellbeing hubs" },
  { section: 'pillar-1', wave: 1, role: 'staff', displayName: "Staff member, Trust engagement team", body: "Thank you, Sam. The four towns have not been chosen yet. We will use what people tell us here, and data on where people travel from, to decide. We are also looking at hubs visiting villages on set days.", replyTo: 0, theme: "Wellbeing hubs" },
  { section: 'pillar-1', wave: 1, role: 'public', displayName: null, body: "Same here. Outreach to the villages please, even once a fortnight in the village hall would be something.", replyTo: 0, theme: "Rural areas" },
  { section: 'pillar-1', wave: 1, role: 'carer', displayName: "Maureen", body: "Money worries is putting it mildly. My son's benefits were stopped after a missed assessment and within a month he was in crisis. If the hubs can't help with benefits and debt then they are missing the thing that actually tips people over.", quote: "money worries", theme: "Money and debt worries" },
  { section: 'pillar-1', wave: 2, role: 'service-user', displayName: null, body: "I would go to a hub if I knew someone there could help me with my council tax arrears. I would not go just to 'talk to someone'.", theme: "Money and debt worries" },
  { section: 'pillar-1', wave: 2, role: 'staff', displayName: "Priya", body: "I'm a community psychiatric nurse. At least half my caseload has debt, housing or benefit problems that undo the work we do. Please put welfare rights advice in the hubs, with real advisers, not a leaflet about Citizens Advice.", theme: "Money and debt worries" },
  { section: 'pillar-1', wave: 1, role: 'service-user', displayName: "Jay", body: "Loneliness is the big one for me. Since I stopped work I can go days without speaking to anyone. A hub where I could just sit with a cup of tea and not be asked to fill in a form would help a lot.", quote: "loneliness", theme: "Loneliness" },
  { section: 'pillar-1', wave: 2, role: 'public', displayName: null, body: "A yearly campaign is nice but posters don't change much. What changed my mind was meeting people. Fund real conversations in workplaces and schools, not another advert on the side of a bus.", quote: "Run a yearly campaign to reduce stigma", theme: "Stigma" },
  { section: 'pillar-1', wave: 2, role: 'service-user', displayName: "Kez", body: "stigma is still bad where i live. people talk. i would not want to be seen going in to a place with mental health on the door. call it something else", theme: "Stigma" },
  { section: 'pillar-1', wave: 1, role: 'staff', displayName: null, body: "I manage a small peer support charity. 'Run with voluntary and community groups' needs to mean funded. We already run groups on goodwill and we cannot take on hub shifts without money for staff time.", quote: "run with voluntary and community groups", theme: "Community groups funding" },
  { section: 'pillar-1', wave: 2, role: 'staff', displayName: "Staff member, Trust engagement team", body: "Thank you for raising this. We agree that partners should not be expected to work for free. We are looking at how funding for community groups can be written into this pillar and will say more in Draft 2.", replyTo: 9, theme: "Community groups funding" },
  { section: 'pillar-1', wave: 2, role: 'public', displayName: "Aisha", body: "Agree. The mosque women's group does more for wellbeing in our area than any service, and it runs on nothing. Small grants would go a long way.", replyTo: 9, theme: "Community groups funding" },
  { section: 'pillar-1', wave: 2, role: 'carer', displayName: null, body: "Please fund the small groups that already work, like the carers' coffee morning and the men's shed, instead of starting new things from scratch.", theme: "Community groups funding" },
  { section: 'pillar-1', wave: 1, role: 'service-user', displayName: null, body: "Every few years someone makes a directory and a year later half the numbers are wrong. Who will keep it up to date? That is the question.", quote: "Publish one up-to-date online directory", theme: "Directory of support" },
  { section: 'pillar-1', wave: 2, role: 'public', displayName: "Graham", body: "I am 78 and do not use the internet. Please make sure the printed version is in the places older people go: the post office, the church, the chemist. Not only the library, which is open three days a week now.", channel: 'letter', theme: "Directory of support" },
  { section: 'pillar-1', wave: 2, role: 'service-user', displayName: "Leanne", body: "Training pharmacy staff is a good idea. The pharmacist is the one person I see every month and she has noticed before when I was not doing well.", quote: "Train 500 people who work in the community", theme: "Mental health first aid" },
  { section: 'pillar-1', wave: 1, role: 'staff', displayName: null, body: "Mental health first aid is a two-day course and then people are left on their own. What support will the 500 get afterwards? Refresher training and someone to call would make it stick.", theme: "Mental health first aid" },
  { section: 'pillar-1', wave: 2, role: 'carer', displayName: "Dawn", body: "This is all about adults but the problems start in school. My daughter was struggling from age 13 and nothing was done until she turned 18. Prevention has to start with young people.", theme: "Support for under-18s" },
  { section: 'pillar-1', wave: 2, role: 'staff', displayName: "Staff member, Trust engagement team", body: "Thank you, Dawn. This strategy covers adults, and children and young people's mental health has its own plan, led with our partners. We will pass on all the comments about young people to the team writing it.", replyTo: 17, theme: "Support for under-18s" },
  { section: 'pillar-1', wave: 2, role: 'public', displayName: null, body: "With respect, that is exactly the problem. Two plans, two teams, and kids fall down the gap at 18.", replyTo: 17, theme: "Support for under-18s" },
  { section: 'pillar-1', wave: 1, role: 'staff', displayName: "Tom", body: "School nurse here. We see anxiety, eating problems and children refusing to come to school in Year 7 now. Please at least say in this pillar how the adult plan will join up with schools.", theme: "Support for under-18s" },
  { section: 'pillar-1', wave: 2, role: 'service-user', displayName: null, body: "The gym referral scheme was brilliant for me but it ended after 12 weeks and I couldn't afford to carry on. Cheaper leisure centre passes for people on benefits would help more than a campaign.", quote: "Work with councils on physical activity", theme: "Physical activity" },
  { section: 'pillar-1', wave: 2, role: 'service-user', displayName: "Mo", body: "Walking groups. Free, outdoors, you talk side by side not face to face. More of them please.", theme: "Physical activity" },
  { section: 'pillar-1', wave: 1, role: 'carer', displayName: null, body: "I am glad caring is mentioned. I have cared for my husband for 11 years and nobody has ever asked about my mental health. Carers should be offered a check-in of their own, not just be asked about the person they care for.", quote: "caring for someone else", channel: 'email', theme: "Carers' wellbeing" },
  { section: 'pillar-1', wave: 2, role: 'service-user', displayName: "Ellie", body: "Will the hubs be open in the evenings? Most of the support I've been offered is 9 to 5 and I work.", theme: "Wellbeing hubs" },
  { section: 'pillar-1', wave: 2, role: 'public', displayName: null, body: "This all sounds lovely but the real issue is there are no staff. Fix the staffing first." },
  { section: 'pillar-1', wave: 1, role: 'service-user', displayName: null, body: "YES to 'rather than just give you a leaflet'. I have a drawer full of leaflets.", quote: "rather than just give you a leaflet", theme: "Wellbeing hubs" },
  { section: 'pillar-1', wave: 2, role: 'staff', displayName: "Fran", body: "Social prescriber here. I refer people to community groups every day and the groups are closing. There is no point training the front door if there is nothing behind it.", theme: "Community groups funding" },
  { section: 'pillar-1', wave: 2, role: 'service-user', displayName: null, body: "Said at the event in the library: the food bank is where I first got help with my mental health. Put advisers where people already are.", channel: 'event', theme: "Money and debt worries" },
  { section: 'pillar-1', wave: 2, role: 'public', displayName: "Ravi", body: "Good to see this out for comment. It is written in plain English which makes a change. Well done." },
  { section: 'pillar-1', wave: 1, role: 'service-user', displayName: null, body: "i live on my own and the weekends are the worst. nothing is open. a hub on a saturday would be good", theme: "Loneliness" },
  { section: 'pillar-1', wave: 2, role: 'carer', displayName: null, body: "Prevention should include young carers. My 16-year-old has been looking after me and her brother. Who is looking after her?", theme: "Support for under-18s" },
  { section: 'pillar-1', wave: 2, role: 'service-user', displayName: "Chris", body: "I'm a man in my fifties and I would never have asked for help without my daughter pushing me. Men's groups, football, the pub even. Go where men are.", theme: "Stigma" },
  { section: 'pillar-1', wave: 2, role: 'staff', displayName: null, body: "Housing officer. Tenants in arrears often have mental health problems that no one knows about until the eviction notice. A route from housing to the hubs would save a lot of pain.", theme: "Money and debt worries" },
  { section: 'pillar-1', wave: 1, role: 'public', displayName: null, body: "How much will all this cost and where is the money coming from? The strategy doesn't say." },
  { section: 'pillar-1', wave: 2, role: 'service-user', displayName: "Bex", body: "Talk to someone who, though? A volunteer? A nurse? It matters. If I've had to work myself up to go in, I need to know it will be someone who knows what they're doing.", quote: "talk to someone", theme: "Wellbeing hubs" },
  { section: 'pillar-2', wave: 1, role: 'service-user', displayName: "Nat", body: "Why does it have to go through a GP or a professional? It took me six weeks to get a GP appointment just to be referred. Let people refer themselves, like you can for talking therapies.", quote: "GPs, other professionals and the voluntary sector will refer through one team", theme: "Self-referral" },
  { section: 'pillar-2', wave: 1, role: 'staff', displayName: "Staff member, Trust engagement team", body: "Thank you, Nat. Several people have asked for this. We are looking at whether the single point of access can take self-referrals by phone and online, and what that would need.", replyTo: 36, theme: "Self-referral" },
  { section: 'pillar-2', wave: 2, role: 'service-user', displayName: null, body: "Please do. I know when I'm going downhill long before the GP does.", replyTo: 36, theme: "Self-referral" },
  { section: 'pillar-2', wave: 2, role: 'carer', displayName: "Jean", body: "Can carers refer too? When my brother is unwell he won't go to the doctor, but I can see it coming.", theme: "Self-referral" },
  { section: 'pillar-2', wave: 2, role: 'staff', displayName: null, body: "As a GP receptionist I'd welcome self-referral. We turn people away every day because there are no appointments and they only wanted a referral.", theme: "Self-referral" },
  { section: 'pillar-2', wave: 1, role: 'service-user', displayName: null, body: "Telling me how long the wait is doesn't make it shorter. I waited 14 months for therapy. What are you going to do about the actual waiting times?", quote: "tell you how long the wait is likely to be", theme: "Waiting times" },
  { section: 'pillar-2', wave: 1, role: 'carer', displayName: null, body: "Exactly this. My wife waited nine months for a psychology assessment and got worse the whole time.", replyTo: 41, theme: "Waiting times" },
  { section: 'pillar-2', wave: 2, role: 'staff', displayName: "Staff member, Trust engagement team", body: "We hear you. Knowing how long you will wait is not enough on its own. The strategy needs to say how we will bring waits down, and we are working on what we can honestly promise.", replyTo: 41, theme: "Waiting times" },
  { section: 'pillar-2', wave: 2, role: 'public', displayName: "Steve", body: "Put the waiting times on the website, service by service, updated every month. If it's embarrassing, good. That's how things get fixed.", theme: "Waiting times" },
  { section: 'pillar-2', wave: 2, role: 'service-user', displayName: "Amira", body: "I would like a target. Other parts of the NHS have 18 weeks. Why is there no target for mental health?", theme: "Waiting times" },
  { section: 'pillar-2', wave: 2, role: 'staff', displayName: null, body: "Psychology waiting lists are long because we have three vacancies out of seven posts. A strategy that doesn't mention recruitment won't change the waits.", theme: "Waiting times" },
  { section: 'pillar-2', wave: 1, role: 'service-user', displayName: "Dan", body: "A named contact would be amazing. Last time I rang the team, nobody knew who I was and I had to start from scratch with a duty worker.", quote: "give you a named contact while you wait", theme: "Named contact" },
  { section: 'pillar-2', wave: 2, role: 'service-user', displayName: null, body: "Named contact is only good if they answer the phone or ring back. I've had named workers before who I never once spoke to.", theme: "Named contact" },
  { section: 'pillar-2', wave: 2, role: 'carer', displayName: "Pauline", body: "My son has a learning disability. The letters he gets from the mental health team are two pages of jargon and he just puts them in a drawer. He needs Easy Read, and he needs a phone call as well.", quote: "write to you within five working days", theme: "Accessible letters and information" },
  { section: 'pillar-2', wave: 2, role: 'staff', displayName: "Staff member, Trust engagement team", body: "Thank you, Pauline. You are right that a letter is no use if it cannot be read. We will look at how we ask about and record communication needs at the point of referral.", replyTo: 49, theme: "Accessible letters and information" },
  { section: 'pillar-2', wave: 2, role: 'service-user', displayName: null, body: "I'm partially sighted. Large print letters please. And don't send things only by letter, a text message is much easier for me with my phone's zoom.", theme: "Accessible letters and information" },
  { section: 'pillar-2', wave: 1, role: 'service-user', displayName: "Tariq", body: "My mum doesn't read English. Letters in English go unopened. Ask what language people want and use it.", theme: "Accessible letters and information" },
  { section: 'pillar-2', wave: 2, role: 'public', displayName: null, body: "Letters should be in plain English for everyone, not only for people who ask. Most people don't know what 'triage' or 'CMHT' means.", channel: 'email', theme: "Accessible letters and information" },
  { section: 'pillar-2', wave: 1, role: 'service-user', displayName: null, body: "I have been told I'm too complex for talking therapy and not unwell enough for the mental health team. Twice. Where am I supposed to go?", quote: "If our services are not right for you", theme: "Not ill enough" },
  { section: 'pillar-2', wave: 2, role: 'carer', displayName: "Bev", body: "This happened to us too. It's like a game of ping pong and the person in the middle is the one who suffers.", replyTo: 54, theme: "Not ill enough" },
  { section: 'pillar-2', wave: 2, role: 'service-user', displayName: null, body: "Get rid of the thresholds. If someone is asking for help, they need help. Full stop.", theme: "Not ill enough" },
  { section: 'pillar-2', wave: 2, role: 'staff', displayName: "Helen", body: "Team manager here. I understand the frustration, but criteria exist so the teams with specialist skills are there for people who need them. The bit that must change is what happens to people we can't help: a warm handover, not a letter.", theme: "Not ill enough" },
  { section: 'pillar-2', wave: 1, role: 'service-user', displayName: null, body: "'We will not just send you back to your GP.' I'll believe it when I see it. That is exactly what happened to me in October.", quote: "We will not just send you back to your GP.", theme: "Not ill enough" },
  { section: 'pillar-2', wave: 1, role: 'service-user', displayName: "Kirsty", body: "Telling my story again and again is retraumatising. I've told it to at least nine different people. Please make this one happen.", quote: "You should not have to tell your story again and again.", theme: "Repeating your story" },
  { section: 'pillar-2', wave: 2, role: 'carer', displayName: null, body: "Every new worker reads nothing and asks the same questions. It wears you down, as a carer as well.", theme: "Repeating your story" },
  { section: 'pillar-2', wave: 2, role: 'staff', displayName: null, body: "Our systems don't talk to each other. The GP record, our record and the council's record are all separate. Staff would love not to ask again but often we can't see the notes.", theme: "Repeating your story" },
  { section: 'pillar-2', wave: 2, role: 'service-user', displayName: "Ollie", body: "This is so important. When I turned 18 I was discharged from CAMHS and it was four months before adult services saw me. Nobody stayed in touch.", quote: "the team you are leaving will stay in touch until the new team has met you", theme: "Transitions between teams" },
  { section: 'pillar-2', wave: 1, role: 'carer', displayName: null, body: "When my dad moved from the community team to the older people's team it felt like starting again. The new team didn't even have his medication list.", theme: "Transitions between teams" },
  { section: 'pillar-2', wave: 2, role: 'service-user', displayName: null, body: "Is the single point of access a phone number? A website? A building? I'm not sure what it means.", quote: "single point of access", theme: "Single point of access" },
  { section: 'pillar-2', wave: 2, role: 'public', displayName: "Neil", body: "We had a single point of access ten years ago. It became a bottleneck and was scrapped. What will be different this time?", theme: "Single point of access" },
  { section: 'pillar-2', wave: 2, role: 'staff', displayName: null, body: "Five working days to decide is tight with current staffing, but it's the right aim. It must come with enough clinicians on the front door or it'll just become another queue.", quote: "decide within five working days", theme: "Single point of access" },
  { section: 'pillar-2', wave: 2, role: 'service-user', displayName: null, body: "When I was waiting I got a leaflet with the Samaritans number. That's not a plan. I needed to know who to ring in the team.", quote: "tell you what to do if things get worse while you are waiting", theme: "While you wait" },
  { section: 'pillar-2', wave: 1, role: 'service-user', displayName: "Gemma", body: "Could there be groups for people on the waiting list? Even a weekly session to learn some coping skills would be better than nothing.", theme: "While you wait" },
  { section: 'pillar-2', wave: 2, role: 'public', displayName: null, body: "Interpreters need to be booked for every appointment, not just the first one. And never use children to interpret.", theme: "Interpreters" },
  { section: 'pillar-2', wave: 2, role: 'service-user', displayName: null, body: "Said at the GYROS drop-in event: I waited for an appointment, then the interpreter did not come, and they said come back next month.", channel: 'event', theme: "Interpreters" },
  { section: 'pillar-2', wave: 2, role: 'staff', displayName: "Marcus", body: "Really good to see this pillar. As a support worker I spend a lot of time chasing referrals that have disappeared. A tracking system people can check would help staff as much as patients." },
  { section: 'pillar-2', wave: 2, role: 'service-user', displayName: null, body: "once a month is not enough if your struggling. every two weeks at least", quote: "check in with you at least once a month", theme: "Waiting times" },
  { section: 'pillar-2', wave: 1, role: 'public', displayName: null, body: "I wrote to the trust in the summer about my neighbour and had no reply. I hope this consultation is read by real people.", channel: 'letter' },
  { section: 'pillar-2', wave: 2, role: 'carer', displayName: null, body: "We paid for private therapy in the end because the wait was too long. Not everyone can do that, and we shouldn't have had to.", theme: "Waiting times" },
  { section: 'pillar-3', wave: 1, role: 'service-user', displayName: "Lou", body: "Ten minutes is not long enough to talk about your mental health. By the time I'd stopped crying the GP was looking at the clock. Double appointments for mental health, please.", theme: "Longer GP appointments" },
  { section: 'pillar-3', wave: 1, role: 'staff', displayName: null, body: "GP here. I'd love to give longer appointments, but every extra minute is another patient not seen that day. This is about the number of GPs, not good will.", replyTo: 75, theme: "Longer GP appointments" },
  { section: 'pillar-3', wave: 2, role: 'carer', displayName: null, body: "My mother gets one problem per appointment. She has diabetes and depression and they are connected. She needs time.", theme: "Longer GP appointments" },
  { section: 'pillar-3', wave: 2, role: 'service-user', displayName: null, body: "10 mins. thats all you get. not enough", theme: "Longer GP appointments" },
  { section: 'pillar-3', wave: 1, role: 'service-user', displayName: "Hannah", body: "My surgery already has a mental health practitioner and she is brilliant. I saw her within a week and she actually understood. Every surgery should have one.", quote: "Place a mental health practitioner in every primary care network", theme: "Mental health practitioners in surgeries" },
  { section: 'pillar-3', wave: 2, role: 'public', displayName: null, body: "What is a primary care network? Please explain in words normal people use. Does this mean my surgery or one surgery somewhere in the area?", quote: "every primary care network", theme: "Mental health practitioners in surgeries" },
  { section: 'pillar-3', wave: 2, role: 'staff', displayName: "Anil", body: "One practitioner per network covers up to 50,000 patients. That is not 'at your own surgery'. Please be honest about what one person can do.", theme: "Mental health practitioners in surgeries" },
  { section: 'pillar-3', wave: 2, role: 'service-user', displayName: null, body: "Two weeks would be a big improvement. I waited eight weeks last year just to see the GP.", quote: "usually within two weeks", theme: "Mental health practitioners in surgeries" },
  { section: 'pillar-3', wave: 1, role: 'staff', displayName: null, body: "A same-day advice line would change how I work as a GP. At the moment I refer because I can't get advice, and the referral sits in a queue for weeks.", quote: "same-day advice line", theme: "Advice line for GPs" },
  { section: 'pillar-3', wave: 2, role: 'staff', displayName: "Claire", body: "Practice nurse. Could the advice line be open to nurses and pharmacists too? We are often the ones who spot things first.", theme: "Advice line for GPs" },
  { section: 'pillar-3', wave: 1, role: 'service-user', displayName: "Rob", body: "The GP said it's the mental health team's job to review my medication, the team said it's the GP's. For four months nobody reviewed it. Who is actually responsible?", theme: "Bounced between GP and team" },
  { section: 'pillar-3', wave: 2, role: 'staff', displayName: "Staff member, Trust engagement team", body: "Thank you, Rob. That should not happen. The shared care plans in this pillar are meant to make clear who does what, including who reviews medication. We will make sure this is part of the work.", replyTo: 85, theme: "Bounced between GP and team" },
  { section: 'pillar-3', wave: 2, role: 'carer', displayName: null, body: "Ping-ponged between the surgery and the team for my son's sick notes. Ridiculous and stressful.", theme: "Bounced between GP and team" },
  { section: 'pillar-3', wave: 2, role: 'service-user', displayName: "Becca", body: "After discharge from the team I was told 'your GP will pick this up'. The GP had never heard of me. Nobody had sent a letter.", theme: "Bounced between GP and team" },
  { section: 'pillar-3', wave: 1, role: 'service-user', displayName: null, body: "I've had the yearly health check twice. They weighed me and took blood and then nothing happened. The weight gain from my medication has been awful and nobody has helped me with it.", quote: "yearly physical health check", theme: "Physical health checks" },
  { section: 'pillar-3', wave: 2, role: 'carer', displayName: "Sue", body: "Following up if people don't come is the important bit. My partner doesn't open post when he's low. A phone call or a knock on the door works, a letter doesn't.", quote: "we will follow up if you do not come", theme: "Physical health checks" },
  { section: 'pillar-3', wave: 2, role: 'staff', displayName: null, body: "Please include dental and eye checks. We see people on clozapine with terrible teeth because no one has thought to send them to a dentist.", theme: "Physical health checks" },
  { section: 'pillar-3', wave: 2, role: 'public', displayName: null, body: "15 to 20 years earlier is shocking. I had no idea. This should be on the front page of the strategy.", quote: "die, on average, 15 to 20 years earlier", theme: "Physical health checks" },
  { section: 'pillar-3', wave: 1, role: 'service-user', displayName: "Adam", body: "Evening appointments are a must. I lost a job because of having to leave early every week for therapy.", quote: "Bring talking therapies into GP surgeries and community venues, with evening appointments", theme: "Talking therapies" },
  { section: 'pillar-3', wave: 2, role: 'service-user', displayName: null, body: "Six sessions of CBT on the phone is not therapy, it's a tick box. Some of us need longer and face to face.", theme: "Talking therapies" },
  { section: 'pillar-3', wave: 2, role: 'service-user', displayName: "Zara", body: "Online CBT worked well for me, actually. It meant I could do it at 11pm when the kids were asleep. Keep that option.", theme: "Talking therapies" },
  { section: 'pillar-3', wave: 1, role: 'public', displayName: null, body: "Is there a choice of therapist? As a gay man I want to know that my therapist won't judge me.", theme: "Talking therapies" },
  { section: 'pillar-3', wave: 2, role: 'staff', displayName: null, body: "Community venues are good but they need private rooms. We've had to do sessions in a church hall with a kitchen next door and people coming in and out.", quote: "community venues", theme: "Talking therapies" },
  { section: 'pillar-3', wave: 2, role: 'service-user', displayName: null, body: "I have been on the same antidepressant for nine years and nobody has ever asked if I still need it.", theme: "Medication reviews" },
  { section: 'pillar-3', wave: 2, role: 'carer', displayName: "Linda", body: "Please let carers be part of medication reviews. I see the side effects every day. The doctor sees him for ten minutes once a year.", theme: "Medication reviews" },
  { section: 'pillar-3', wave: 1, role: 'service-user', displayName: null, body: "Phone appointments don't work for me. I can't read the GP's face and I hang up thinking I've said it wrong. Give people a choice.", theme: "Seeing a GP face to face" },
  { section: 'pillar-3', wave: 2, role: 'public', displayName: "Derek", body: "I phone at 8am every day for a week and the appointments are gone by ten past. You can't get mental health help at the GP if you can't get into the GP.", channel: 'letter', theme: "Seeing a GP face to face" },
  { section: 'pillar-3', wave: 2, role: 'service-user', displayName: null, body: "getting a GP appointment is the first problem. the rest comes after.", theme: "Seeing a GP face to face" },
  { section: 'pillar-3', wave: 2, role: 'staff', displayName: null, body: "Good to see social prescribers mentioned. We are not a replacement for clinical care though. I've had people referred to me who were very unwell and needed a doctor.", quote: "social prescribers", theme: "Social prescribing" },
  { section: 'pillar-3', wave: 1, role: 'service-user', displayName: "Paddy", body: "The social prescriber got me into an allotment group. Best thing that's happened to me in years, no exaggeration.", theme: "Social prescribing" },
  { section: 'pillar-3', wave: 2, role: 'public', displayName: null, body: "What happens to people who aren't registered with a GP? Homeless people, travellers, people who've just arrived? This pillar assumes everyone has a GP.", channel: 'email' },
  { section: 'pillar-3', wave: 2, role: 'staff', displayName: "Yusuf", body: "Could the mental health practitioner offer 30-minute appointments instead? That would take the pressure off GPs without asking for the impossible.", theme: "Longer GP appointments" },
  { section: 'pillar-3', wave: 1, role: 'carer', displayName: null, body: "It would be good to know the GP can see the care plan from the team. Last time the GP did not know my daughter had been in hospital." },
  { section: 'pillar-3', wave: 2, role: 'service-user', displayName: null, body: "Thank you to the receptionist at my surgery who found me an appointment the same day when I rang in tears. Small things matter." },
  { section: 'pillar-4', wave: 1, role: 'service-user', displayName: null, body: "'Open' is not the same as answered. I rang the crisis line at 2am in November and it rang out three times. I gave up and sat in A&E for nine hours instead.", quote: "Keep our 24-hour mental health crisis line open every day of the year", theme: "Out-of-hours crisis line" },
  { section: 'pillar-4', wave: 1, role: 'staff', displayName: "Staff member, Trust engagement team", body: "We are sorry this happened. Nights and weekends are when the line is busiest and has the fewest staff. We are looking at staffing and a call-back promise for Draft 2, and your comment is part of that.", replyTo: 109, theme: "Out-of-hours crisis line" },
  { section: 'pillar-4', wave: 1, role: 'carer', displayName: null, body: "Same experience. On hold for 40 minutes with my son pacing the kitchen. When someone answered they read questions off a screen.", replyTo: 109, theme: "Out-of-hours crisis line" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: "Jess", body: "For balance: I rang on a Sunday night and the woman I spoke to was kind and stayed on the phone for half an hour. It can work when there are enough people.", replyTo: 109, theme: "Out-of-hours crisis line" },
  { section: 'pillar-4', wave: 1, role: 'service-user', displayName: "Marco", body: "The crisis line should call you back if you can't get through. Even a text saying 'we will ring you in 20 minutes' would stop the panic.", theme: "Out-of-hours crisis line" },
  { section: 'pillar-4', wave: 2, role: 'public', displayName: null, body: "Nobody knows about 111 option 2. I only found out from a poster in a pub toilet. Put it on every GP letter, every prescription bag, everywhere.", quote: "through NHS 111 (option 2)", theme: "Out-of-hours crisis line" },
  { section: 'pillar-4', wave: 1, role: 'staff', displayName: "Kate", body: "I work on the crisis line. We want to answer every call, but on a night shift there can be three of us for the whole county. The aim in the table is right; it needs staff to go with it.", theme: "Out-of-hours crisis line" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: null, body: "Only 62% answered within a minute? So more than a third of people in crisis are left waiting. That figure alone tells you everything.", quote: "62%", theme: "Out-of-hours crisis line" },
  { section: 'pillar-4', wave: 2, role: 'carer', displayName: "Mandy", body: "When you finally get through they ask if you've tried 'self-soothing'. Please make sure the people answering are trained mental health workers, not call handlers with a script.", theme: "Out-of-hours crisis line" },
  { section: 'pillar-4', wave: 1, role: 'service-user', displayName: null, body: "crisis line was useless. they told me to have a bath and a cup of tea. i was hearing voices", theme: "Out-of-hours crisis line" },
  { section: 'pillar-4', wave: 2, role: 'carer', displayName: "Rose", body: "As a carer I was told the team couldn't speak to me because of confidentiality. I wasn't asking them to tell me anything. I was trying to tell THEM that my daughter was unwell. Please listen to carers.", quote: "We will make sure carers know who to contact", theme: "Carers in a crisis" },
  { section: 'pillar-4', wave: 2, role: 'staff', displayName: "Staff member, Trust engagement team", body: "Thank you, Rose. Confidentiality should never stop staff listening to a carer. We are looking at making this clearer in the strategy, including carers being able to call the crisis line themselves.", replyTo: 119, theme: "Carers in a crisis" },
  { section: 'pillar-4', wave: 2, role: 'carer', displayName: null, body: "The line 'we can't discuss a patient' was said to me five times in one week. I knew more about my husband's condition than any of them.", replyTo: 119, theme: "Carers in a crisis" },
  { section: 'pillar-4', wave: 1, role: 'carer', displayName: "Geoff", body: "Carers are often the first to notice, and the last to be told. Include us before it becomes a crisis, not after.", quote: "Carers are often the first to notice that someone is becoming unwell", theme: "Carers in a crisis" },
  { section: 'pillar-4', wave: 2, role: 'carer', displayName: null, body: "I am a carer and I can't ring the crisis line because it's for the patient. So when my wife won't ring, who do I ring? The police? That's what happened last time.", channel: 'email', theme: "Carers in a crisis" },
  { section: 'pillar-4', wave: 1, role: 'staff', displayName: null, body: "Staff need clear guidance on what they can share with carers. A lot of us are frightened of getting it wrong, so we say nothing. Training would help.", theme: "Carers in a crisis" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: "Priti", body: "As a service user I do want my mum to be listened to. But I also want a say in what is shared. Please ask us when we are well, and write it in our plan.", theme: "Carers in a crisis" },
  { section: 'pillar-4', wave: 2, role: 'carer', displayName: null, body: "Who looks after the carer during the crisis? I was up three nights in a row and then went to work. Nobody asked how I was.", theme: "Carers in a crisis" },
  { section: 'pillar-4', wave: 1, role: 'service-user', displayName: "Lee", body: "The crisis café in town saved me more than once. But it closes at 10pm and that's not when things get bad for me. Please open later.", quote: "Open a crisis café in every main town", theme: "Crisis cafés" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: null, body: "Agree. 10 till 2 would make more sense than 6 till 10.", replyTo: 127, theme: "Crisis cafés" },
  { section: 'pillar-4', wave: 2, role: 'staff', displayName: null, body: "I'm a volunteer at a crisis café. We need more paid staff to open longer. We often have people waiting outside before we open.", theme: "Crisis cafés" },
  { section: 'pillar-4', wave: 1, role: 'public', displayName: "Jan", body: "'Every main town' leaves out every village. Many of us don't drive. How are people supposed to get to a café at 9pm in a crisis?", quote: "every main town", theme: "Crisis cafés" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: null, body: "I didn't know we had a crisis café. Where is it? How do you get in? Do you need a referral?", theme: "Crisis cafés" },
  { section: 'pillar-4', wave: 2, role: 'carer', displayName: null, body: "The café was warm and nobody made us feel like a nuisance. We need more of that and less A&E.", theme: "Crisis cafés" },
  { section: 'pillar-4', wave: 1, role: 'service-user', displayName: "Nia", body: "What I needed was somewhere to stay for a few nights that wasn't a ward. Other areas have crisis houses. Why don't we?", theme: "Crisis house" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: null, body: "Home treatment doesn't work if home is the problem. I was in a house with people who made it worse. A crisis house would have kept me out of hospital.", quote: "Grow our home treatment team", theme: "Crisis house" },
  { section: 'pillar-4', wave: 2, role: 'staff', displayName: "Ben", body: "Home treatment nurse. We see people who could avoid admission if there was a safe place to stay for three or four nights. A crisis house, run with a charity, would pay for itself in saved bed days.", theme: "Crisis house" },
  { section: 'pillar-4', wave: 2, role: 'public', displayName: null, body: "A crisis house is the one thing missing from this pillar. Please add it.", theme: "Crisis house" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: "Finn", body: "I'm deaf. The crisis line is a phone line. How am I meant to use it? Text relay takes ages and in a crisis I can't type clearly.", theme: "Text and BSL crisis contact" },
  { section: 'pillar-4', wave: 2, role: 'staff', displayName: "Staff member, Trust engagement team", body: "Thank you, Finn. You are right, a phone line is not accessible for everyone. We are talking to deaf people's groups about a text service and a British Sign Language option.", replyTo: 137, theme: "Text and BSL crisis contact" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: null, body: "I have autism and talking on the phone is very hard when I'm overwhelmed. A text option would mean I actually reach out instead of waiting until I'm in A&E.", theme: "Text and BSL crisis contact" },
  { section: 'pillar-4', wave: 1, role: 'public', displayName: null, body: "Lots of young people would rather text than call. Shout does text, so it can be done.", theme: "Text and BSL crisis contact" },
  { section: 'pillar-4', wave: 1, role: 'carer', displayName: "Carol", body: "My daughter waited 31 hours in A&E for a mental health bed. On a plastic chair under bright lights, next to drunks. Mental health staff in A&E is good, but the wait is the issue.", quote: "Have mental health staff in every emergency department 24 hours a day", theme: "A&E waits" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: null, body: "Seen within an hour, and then what? I was 'seen' quickly and then waited 18 hours for a decision.", quote: "People seen in the emergency department within 1 hour of referral", theme: "A&E waits" },
  { section: 'pillar-4', wave: 2, role: 'staff', displayName: null, body: "ED nurse. Please add a measure for total time in the department, not just time to be seen. That's what patients and our staff feel.", theme: "A&E waits" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: "Vik", body: "A quiet room in A&E would help so much. The noise and lights made everything worse.", theme: "A&E waits" },
  { section: 'pillar-4', wave: 1, role: 'service-user', displayName: null, body: "Thank you for saying not in a police cell. I was put in one years ago and I still think about it. Nobody should go through that for being ill.", quote: "not held in a police cell", theme: "Police and crisis" },
  { section: 'pillar-4', wave: 2, role: 'public', displayName: "Dave", body: "Retired police officer. We spent hours in A&E with people who needed a nurse, not a copper. Good to see this, but it needs mental health staff available at 3am, not just on paper.", quote: "Work with the police and ambulance service", theme: "Police and crisis" },
  { section: 'pillar-4', wave: 2, role: 'carer', displayName: null, body: "The police were kinder to my son than the crisis team, to be honest. Don't lose what works.", theme: "Police and crisis" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: null, body: "When the ambulance came they took 4 hours. The police came in 10 minutes. I don't blame the police but they shouldn't be the first ones there.", theme: "Police and crisis" },
  { section: 'pillar-4', wave: 1, role: 'service-user', displayName: "Shaz", body: "The 72-hour follow-up was a phone call asking if I was ok. I said yes because I was embarrassed. A visit would have been different.", quote: "offered a follow-up within 72 hours", theme: "Follow-up after crisis" },
  { section: 'pillar-4', wave: 2, role: 'carer', displayName: null, body: "After my husband came home from A&E nobody rang at all. Please make sure the follow-up actually happens and that carers know about it.", theme: "Follow-up after crisis" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: null, body: "A crisis plan I wrote with my nurse is on my fridge. It has who to call and what helps. It's the most useful thing I have. Everyone should have one.", quote: "help to make a plan for what to do if it happens again", theme: "Follow-up after crisis" },
  { section: 'pillar-4', wave: 1, role: 'staff', displayName: "Maria", body: "Home treatment works. We see people at home two or three times a day when they need it. More staff would mean we could say yes more often.", theme: "Home treatment team" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: null, body: "Home treatment team came out every day for two weeks. Different person every time though. Would be better to see the same two or three people.", theme: "Home treatment team" },
  { section: 'pillar-4', wave: 1, role: 'public', displayName: null, body: "I am writing as a neighbour. The man next door has been in crisis many times and the ambulance takes hours. Something has to change.", channel: 'letter' },
  { section: 'pillar-4', wave: 2, role: 'carer', displayName: null, body: "Weekends are the worst. Friday at 5 everyone goes home and you're on your own until Monday.", theme: "Out-of-hours crisis line" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: null, body: "This pillar is the most important one. Please don't water it down when you find out what it costs." },
  { section: 'pillar-4', wave: 2, role: 'staff', displayName: null, body: "Good to see measures. Please also measure what people say about it. A call answered in a minute by someone rude is not a success.", quote: "What we will measure" },
  { section: 'pillar-4', wave: 2, role: 'carer', displayName: "Tina", body: "Said at the carers' event: give carers a number of their own to ring in a crisis. We are the ones at home at 3am.", channel: 'event', theme: "Carers in a crisis" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: null, body: "At the ACCESS event: we need BSL interpreters available in a crisis, by video if not in person.", channel: 'event', theme: "Text and BSL crisis contact" },
  { section: 'pillar-4', wave: 1, role: 'service-user', displayName: "Rach", body: "Could the café be somewhere that isn't next to the hospital? Walking past the hospital is hard for me after my last admission.", theme: "Crisis cafés" },
  { section: 'pillar-5', wave: 1, role: 'carer', displayName: "Sheila", body: "My son was sent to a hospital 140 miles away. I don't drive and the train cost £68 return. I saw him twice in six weeks. 'Stop sending people' has been promised before, so when?", quote: "Stop sending people to hospitals outside our area", theme: "Beds far from home" },
  { section: 'pillar-5', wave: 1, role: 'staff', displayName: "Staff member, Trust engagement team", body: "Thank you, Sheila. We know this has been said before and not delivered. We are working on a date we can stand behind, and on what we can do for families until then.", replyTo: 161, theme: "Beds far from home" },
  { section: 'pillar-5', wave: 1, role: 'service-user', displayName: null, body: "I was sent 200 miles away. Nobody visited. I came back knowing nobody on the community team.", replyTo: 161, theme: "Beds far from home" },
  { section: 'pillar-5', wave: 1, role: 'carer', displayName: null, body: "If people must go out of area, pay for families to visit. It costs the NHS thousands a night for the bed, a train ticket is nothing.", theme: "Beds far from home" },
  { section: 'pillar-5', wave: 2, role: 'staff', displayName: "Joe", body: "Bed manager. We send people away because every local bed is full, not because they need a specialist bed. Until discharges flow, this promise can't be kept.", quote: "except where a very specialist bed is needed", theme: "Beds far from home" },
  { section: 'pillar-5', wave: 1, role: 'service-user', displayName: "Kayleigh", body: "On my ward the activities were colouring and a bingo once a week, and nothing after 4pm or at weekends. The days were endless. Evenings are when you need something to do.", quote: "Offer therapeutic activities on every ward, seven days a week", theme: "Things to do on the ward" },
  { section: 'pillar-5', wave: 2, role: 'service-user', displayName: null, body: "Fresh air. I went nine days without going outside because there weren't enough staff to take us. That is not recovery.", theme: "Things to do on the ward" },
  { section: 'pillar-5', wave: 1, role: 'service-user', displayName: null, body: "Wifi please!!! Being cut off from everyone makes it so much worse. My phone data ran out in two days.", theme: "Things to do on the ward" },
  { section: 'pillar-5', wave: 2, role: 'staff', displayName: null, body: "Occupational therapist. We run groups Monday to Friday but there are two of us for three wards. Seven days a week needs more OTs and activity workers, not just a line in a strategy.", theme: "Things to do on the ward" },
  { section: 'pillar-5', wave: 1, role: 'service-user', displayName: "Dean", body: "Being in hospital is stressful enough without taking away the one thing that calms you down. Bring back a smoking shelter.", theme: "Smoking on wards" },
  { section: 'pillar-5', wave: 1, role: 'staff', displayName: "Staff member, Trust engagement team", body: "Thank you, Dean. We know stopping smoking is very hard, especially in hospital. Our sites are smoke-free, but we want to hear what would help, such as nicotine patches, sprays and e-cigarettes.", replyTo: 170, theme: "Smoking on wards" },
  { section: 'pillar-5', wave: 2, role: 'service-user', displayName: null, body: "People smoke out of the windows and in the toilets anyway. A proper shelter would be safer.", theme: "Smoking on wards" },
  { section: 'pillar-5', wave: 2, role: 'carer', displayName: null, body: "Please don't go backwards on smoking. My brother stopped smoking on the ward and it's the best thing to come out of his admission.", theme: "Smoking on wards" },
  { section: 'pillar-5', wave: 1, role: 'staff', displayName: null, body: "The vapes we give out are good, but we run out. Please make sure wards have a proper supply.", theme: "Smoking on wards" },
  { section: 'pillar-5', wave: 1, role: 'carer', displayName: "Wendy", body: "Nobody talked to me about my husband coming home until the day before. He came home on a Friday afternoon with three days of tablets and no follow-up. The family needs to be part of the plan from day one.", quote: "Planning to leave hospital should start on the day you arrive", theme: "Discharge planning" },
  { section: 'pillar-5', wave: 2, role: 'service-user', displayName: null, body: "I was discharged to a hostel with no money because my benefits had stopped while I was in hospital. Check people have money and somewhere to live before they go.", theme: "Discharge planning" },
  { section: 'pillar-5', wave: 1, role: 'service-user', displayName: "Gaz", body: "Discharged and then nothing for 3 weeks. Felt like falling off a cliff.", theme: "Discharge planning" },
  { section: 'pillar-5', wave: 2, role: 'staff', displayName: null, body: "Social worker. Delayed discharges are mostly about housing. Half the people delayed on our wards are waiting for accommodation. Housing has to be at the table.", quote: "the support they need at home is not ready", theme: "Discharge planning" },
  { section: 'pillar-5', wave: 2, role: 'carer', displayName: null, body: "Please ring the family before discharge. Last time I found out my daughter was home when she knocked on my door.", theme: "Discharge planning" },
  { section: 'pillar-5', wave: 1, role: 'service-user', displayName: null, body: "I was restrained face down. It still gives me nightmares. 'Reduce' is not enough. It should be banned except as a very last resort and people should be told why afterwards.", quote: "Reduce the use of restraint and seclusion", theme: "Restraint and seclusion" },
  { section: 'pillar-5', wave: 2, role: 'staff', displayName: null, body: "Ward nurse. Nobody wants to restrain anyone. When we have enough staff who know the patients, we rarely need to. Staffing is the answer.", theme: "Restraint and seclusion" },
  { section: 'pillar-5', wave: 1, role: 'public', displayName: "Hilary", body: "Publishing figures every three months is welcome. Please break them down by ethnicity and gender. Black men are far more likely to be restrained, and the figures should show it.", quote: "publish our figures every three months", theme: "Restraint and seclusion" },
  { section: 'pillar-5', wave: 1, role: 'carer', displayName: "Joy", body: "Visiting times were 2 till 4 and 6 till 8. I work until 6 and it's an hour each way. I could barely see my mum.", quote: "Involve carers and families in care planning", theme: "Carers and visiting" },
  { section: 'pillar-5', wave: 2, role: 'carer', displayName: null, body: "When she was very unwell my partner said she didn't want me involved. When she was better she said she wished I had been. Please ask about this when people are well, and ask again later.", quote: "with the person's consent", theme: "Carers and visiting" },
  { section: 'pillar-5', wave: 1, role: 'service-user', displayName: null, body: "A family room on the ward would help. Seeing my kids in a corridor was awful for all of us.", theme: "Carers and visiting" },
  { section: 'pillar-5', wave: 2, role: 'service-user', displayName: "Ash", body: "The peer worker on my ward was the first person who made me feel normal. She'd been where I was. This is the best thing in the pillar.", quote: "We will have peer support workers", theme: "Peer support workers" },
  { section: 'pillar-5', wave: 1, role: 'staff', displayName: null, body: "Peer support workers need proper pay, supervision and a career path. We keep losing good peer workers because the post is band 3 with no progression.", theme: "Peer support workers" },
  { section: 'pillar-5', wave: 2, role: 'service-user', displayName: null, body: "i had a named nurse but she was on nights so i never saw her", quote: "a named nurse", theme: "Named nurse" },
  { section: 'pillar-5', wave: 1, role: 'service-user', displayName: "Rhiannon", body: "My care plan was written about me, not with me. I signed it because I was asked to. I didn't really know what it said.", quote: "within 72 hours of arriving", theme: "Named nurse" },
  { section: 'pillar-5', wave: 2, role: 'service-user', displayName: null, body: "The community meetings on my ward were good but things we asked for never happened. After a while nobody went.", quote: "weekly community meeting", theme: "Ward community meetings" },
  { section: 'pillar-5', wave: 1, role: 'service-user', displayName: null, body: "You said you'd act on what people say. Tell us what you did. A 'you said, we did' board on the ward would help.", theme: "Ward community meetings" },
  { section: 'pillar-5', wave: 1, role: 'service-user', displayName: "Mel", body: "The food was cold and the same every week. Good food is part of getting better. Proper vegetarian and halal options too please.", theme: "Food" },
  { section: 'pillar-5', wave: 2, role: 'public', displayName: null, body: "How many beds are there now and how many will there be? The strategy doesn't say whether you are cutting beds.", channel: 'email' },
  { section: 'pillar-5', wave: 1, role: 'service-user', displayName: null, body: "Thank you to the staff on the ward. You were run off your feet and still kind. I know it's not your fault." },
  { section: 'pillar-5', wave: 1, role: 'carer', displayName: "Ken", body: "I am writing as a father. My daughter was in three different hospitals in two months, none of them near home. Every move meant new staff and starting again. It must stop.", channel: 'letter', theme: "Beds far from home" },
  { section: 'pillar-5', wave: 2, role: 'staff', displayName: null, body: "Community team. We are often not told someone is being discharged until after it's happened. A 72-hour follow-up needs the ward to tell us before the person leaves.", theme: "Discharge planning" },
  { section: 'pillar-5', wave: 1, role: 'service-user', displayName: null, body: "Access to a gym or even a table tennis table. Something physical.", theme: "Things to do on the ward" },
  { section: 'pillar-6', wave: 1, role: 'service-user', displayName: "Yvonne", body: "'People with lived experience' at the end of a long list of organisations. How many? Will they have a vote, or just be invited to sit at the end of the table? Be specific.", quote: "people with lived experience", theme: "Lived experience in decisions" },
  { section: 'pillar-6', wave: 1, role: 'staff', displayName: "Staff member, Trust engagement team", body: "Thank you, Yvonne. This is a fair challenge. We are looking at how many places, how people will be paid and supported, and what role they will have, and will set this out in Draft 2.", replyTo: 198, theme: "Lived experience in decisions" },
  { section: 'pillar-6', wave: 2, role: 'carer', displayName: null, body: "And carers. Carers are not the same as service users and need a seat of their own.", replyTo: 198, theme: "Lived experience in decisions" },
  { section: 'pillar-6', wave: 1, role: 'service-user', displayName: null, body: "Pay people for their time. Professionals are paid to attend. If we give up a day we lose money, and some of us are on benefits and need it done properly.", theme: "Lived experience in decisions" },
  { section: 'pillar-6', wave: 2, role: 'public', displayName: "Mark", body: "Co-production means sharing power. Let people with lived experience co-chair the board, not just attend it.", theme: "Lived experience in decisions" },
  { section: 'pillar-6', wave: 1, role: 'staff', displayName: null, body: "Involvement lead. We need to support people to take part: papers in plain English, a briefing before meetings, someone to debrief with after. Otherwise the same few confident people get picked every time.", theme: "Lived experience in decisions" },
  { section: 'pillar-6', wave: 1, role: 'service-user', displayName: "Tasha", body: "One care plan everyone can see sounds good until you think about who 'everyone' is. I don't want my housing officer reading about my trauma.", quote: "Agree one care plan that each service can see, with your permission", theme: "Sharing information between services" },
  { section: 'pillar-6', wave: 2, role: 'carer', displayName: null, body: "Just share the records. My father nearly died because A&E didn't know what medication he was on. Permission forms are fine when you're well, not in an emergency.", theme: "Sharing information between services" },
  { section: 'pillar-6', wave: 1, role: 'service-user', displayName: null, body: "I want to be able to see who has looked at my record. If I can see that, I'll trust it more.", quote: "with your permission", theme: "Sharing information between services" },
  { section: 'pillar-6', wave: 2, role: 'staff', displayName: null, body: "Information governance makes sharing very slow. Staff need clear rules on what can be shared, with whom and when, or nobody will risk it.", theme: "Sharing information between services" },
  { section: 'pillar-6', wave: 1, role: 'service-user', displayName: null, body: "i should be able to change my mind about sharing. what i agree to now might not be what i want in a year", theme: "Sharing information between services" },
  { section: 'pillar-6', wave: 1, role: 'public', displayName: "Barry", body: "Why not merge the council's mental health social work with the trust's teams? One organisation, one budget, one manager. Partnerships are just more meetings.", theme: "Merging health and social care" },
  { section: 'pillar-6', wave: 2, role: 'staff', displayName: null, body: "We used to have joint health and social care teams and they worked. They were split up in 2017. Please bring them back.", theme: "Merging health and social care" },
  { section: 'pillar-6', wave: 2, role: 'service-user', displayName: null, body: "Social services and the NHS should just be one thing. I get two assessments, two letters, two people who don't talk to each other.", theme: "Merging health and social care" },
  { section: 'pillar-6', wave: 1, role: 'public', displayName: null, body: "Pooling 'some' budgets is vague. Which budgets, how much, and who decides how it's spent?", quote: "Pool some budgets with councils", channel: 'email', theme: "Merging health and social care" },
  { section: 'pillar-6', wave: 1, role: 'staff', displayName: "Nadia", body: "I run a small charity. Longer contracts would change everything. Every March we don't know if we'll have jobs in April, and we lose good staff because of it. How much longer? Please say at least three years.", quote: "agree longer contracts", theme: "Voluntary sector partners" },
  { section: 'pillar-6', wave: 2, role: 'staff', displayName: null, body: "We are often brought in after a service has been designed and asked to deliver it. Involving us early must mean being paid for our time in planning, too.", quote: "involve them early", theme: "Voluntary sector partners" },
  { section: 'pillar-6', wave: 1, role: 'public', displayName: null, body: "This is true, and especially true for Black and Asian communities. Fund the groups led by those communities, not big charities from outside the area.", quote: "Voluntary and community groups often reach people who never come to us", theme: "Voluntary sector partners" },
  { section: 'pillar-6', wave: 2, role: 'service-user', displayName: "Kemi", body: "The voluntary sector helped me more than the NHS did. They had time. Treat them as equals.", theme: "Voluntary sector partners" },
  { section: 'pillar-6', wave: 1, role: 'service-user', displayName: null, body: "An employment adviser got me back into work after three years off. She talked to my boss about adjustments. It made all the difference.", quote: "employment advisers in our community teams", theme: "Employment support" },
  { section: 'pillar-6', wave: 2, role: 'service-user', displayName: "Craig", body: "Help to stay in work matters as much as getting into it. I lost my last job because my manager didn't understand. Work with employers, not just with us.", theme: "Employment support" },
  { section: 'pillar-6', wave: 1, role: 'public', displayName: null, body: "Employers need training too. My company has mental health first aiders but nobody knows who they are.", theme: "Employment support" },
  { section: 'pillar-6', wave: 2, role: 'staff', displayName: null, body: "District nurse. Having a mental health worker in our team would help us enormously. We visit people at home who are lonely and low and we have nowhere quick to turn.", quote: "Put mental health workers into neighbourhood teams", theme: "Neighbourhood teams" },
  { section: 'pillar-6', wave: 1, role: 'staff', displayName: "Lewis", body: "Housing officer here. We want this. We often know someone is struggling months before they reach services.", theme: "Neighbourhood teams" },
  { section: 'pillar-6', wave: 2, role: 'service-user', displayName: null, body: "Housing is a mental health issue. I've been in temporary accommodation for 18 months and my mental health has never been worse. Nothing in this pillar will fix that.", quote: "housing", theme: "Housing" },
  { section: 'pillar-6', wave: 1, role: 'carer', displayName: "Ange", body: "Supported housing for people with mental health problems is so hard to get. My son has been on the list for two years.", theme: "Housing" },
  { section: 'pillar-6', wave: 2, role: 'public', displayName: null, body: "Police are mentioned at the top and then never again. What will they actually do?", quote: "police", theme: "Police and other partners" },
  { section: 'pillar-6', wave: 1, role: 'service-user', displayName: null, body: "Asking people if it feels joined up is good. Ask people who have left services too, and people who gave up trying to get in.", quote: "How we will know it is working" },
  { section: 'pillar-6', wave: 1, role: 'carer', displayName: null, body: "I care for my wife who has dementia and depression. The memory clinic, the mental health team and the GP are all separate. Joined up would be a dream." },
  { section: 'pillar-6', wave: 2, role: 'staff', displayName: "Ifeoma", body: "Lots of good things here. The test will be whether the partnership board has real money and decisions, not just reports." },
  { section: 'pillar-6', wave: 1, role: 'public', displayName: null, body: "It is all very well saying you will work together. The council has cut the day centre my brother went to for 20 years. Working together needs money.", channel: 'letter' },
  { section: 'pillar-6', wave: 2, role: 'service-user', displayName: null, body: "I'd like to be involved. How do I sign up?", theme: "Lived experience in decisions" },
  { section: 'pillar-6', wave: 1, role: 'carer', displayName: null, body: "As a carer I've been asked to sign the same consent form four times for four services. One form for all of them please.", theme: "Sharing information between services" },
  { section: 'pillar-6', wave: 2, role: 'service-user', displayName: "Dom", body: "two teams two budgets same person. madness", theme: "Merging health and social care" },
  { section: 'pillar-6', wave: 1, role: 'public', displayName: null, body: "At the community event in the town hall several people said the faith groups and community centres should be partners too, not only the registered charities.", channel: 'event', theme: "Voluntary sector partners" },
  { section: 'pillar-1', wave: 1, role: 'carer', displayName: "Lorna", body: "Could the wellbeing hubs run a carers' group one evening a week? Carers are the people most likely to be worn down and least likely to ask.", theme: "Carers' wellbeing" },
  { section: 'pillar-1', wave: 2, role: 'carer', displayName: null, body: "My sister lives alone and won't go to anything that says 'mental health'. A craft group or a lunch club she'd go to. Keep it low key.", theme: "Loneliness" },
  { section: 'pillar-1', wave: 2, role: 'service-user', displayName: null, body: "I want a list of groups. The list must be easy to read. Pictures help me.", theme: "Directory of support" },
  { section: 'pillar-2', wave: 1, role: 'carer', displayName: "Irene", body: "Please give the carer the named contact's details too. I'm the one who rings when my son can't.", theme: "Named contact" },
  { section: 'pillar-2', wave: 2, role: 'service-user', displayName: null, body: "I cannot read long letters. Please use short words. Please ring me as well.", theme: "Accessible letters and information" },
  { section: 'pillar-3', wave: 2, role: 'carer', displayName: "Phil", body: "My wife gained four stone on her medication and was told it was the price of being well. The health check should come with real help, like a dietitian.", theme: "Physical health checks" },
  { section: 'pillar-3', wave: 1, role: 'carer', displayName: null, body: "The GP surgery is the one place my son will go. If there was a mental health person there I think he would see them." },
  { section: 'pillar-4', wave: 1, role: 'carer', displayName: "Sandra", body: "We drove 40 minutes to the crisis café and it was full. Please have more than one and say on the website if it's busy.", theme: "Crisis cafés" },
  { section: 'pillar-4', wave: 2, role: 'carer', displayName: null, body: "A crisis house would give families a break too. Sometimes the person needs a few nights away from home and so do we.", theme: "Crisis house" },
  { section: 'pillar-4', wave: 2, role: 'service-user', displayName: null, body: "Talking on the phone is hard for me. I want to send a text. Please let me text you.", theme: "Text and BSL crisis contact" },
  { section: 'pillar-4', wave: 1, role: 'carer', displayName: "Hazel", body: "I sat with my husband in A&E for two nights. There was nowhere for me to sleep or even get a drink after midnight. Carers wait too.", theme: "A&E waits" },
  { section: 'pillar-5', wave: 2, role: 'carer', displayName: "Brenda", body: "Give families a named person on the ward to call. When I rang the ward nobody knew who I should talk to about him coming home.", theme: "Discharge planning" },
  { section: 'pillar-5', wave: 1, role: 'carer', displayName: null, body: "I was never told my daughter had been restrained. I found out from her weeks later. Families should be told, if the person agrees.", theme: "Restraint and seclusion" },
  { section: 'pillar-6', wave: 2, role: 'carer', displayName: "Marion", body: "I'd happily sit on the board as a carer, but the meetings are at 10am on weekdays. Hold some in the evening or online.", theme: "Lived experience in decisions" },
  { section: 'pillar-6', wave: 1, role: 'carer', displayName: null, body: "The council and the mental health team argued for months about who should pay for my brother's supported flat. He stayed in hospital the whole time.", theme: "Housing" },
];

export const ORGANISATION_COMMENTS: SeedOrganisationComment[] = [
  {
    section: 'pillar-1', organisation: 'Bridge Plus', gatheredHow: 'focus-group', representsCount: 22,
    representsWho: 'Black, Asian and minority ethnic adults who use our mental health peer support groups',
    body: 'Our members welcomed the wellbeing hubs, but many said they would not walk into an NHS building to talk about their mental health. They trust their church, their mosque, the barber and the community centre. We ask the trust to fund groups led by Black and minority ethnic communities to run wellbeing activities in those places. Small, steady amounts of money matter more to us than large one-off projects. Several members said they had been asked for their views many times before and never heard back, so please tell them what you did with this.',
    quote: 'run with voluntary and community groups', theme: 'Community groups funding',
  },
  {
    section: 'pillar-1', organisation: 'GYROS', gatheredHow: 'one-to-one', representsCount: 31,
    representsWho: 'Migrant workers and families we support one to one at our advice sessions',
    body: 'For the people we support, money, work and housing are the main causes of stress. Many work long shifts on low pay, some in insecure jobs, and some have no recourse to public funds. They come to us about a letter from the council or an employer, and only later mention that they are not sleeping or feel hopeless. Please make sure the hubs have advisers who can help with benefits, debt, housing and employment rights, with interpreters. A hub that only offers a chat will not reach our communities.',
    theme: 'Money and debt worries',
  },
  {
    section: 'pillar-1', organisation: 'Opening Doors', gatheredHow: 'focus-group', representsCount: 12,
    representsWho: 'Members of our self-advocacy group, adults with a learning disability',
    body: 'We talked about the list of local groups. We want an Easy Read list with pictures. We want to know if a group is friendly to people with a learning disability. Some of us need someone to go with us the first time. Please ask us to check the list before you print it.',
    quote: 'Publish one up-to-date online directory of local groups, activities and support', theme: 'Directory of support',
  },
  {
    section: 'pillar-2', organisation: 'Opening Doors', gatheredHow: 'focus-group', representsCount: 14,
    representsWho: 'Adults with a learning disability who meet at our weekly self-advocacy group',
    body: 'Our members said letters from the mental health team are too hard to read. Some members did not go to appointments because they did not understand the letter. We want Easy Read letters. We want a phone call or a text as well as a letter. Staff should ask about our communication needs and write them down so that every team knows. Please do not make us ask every time.',
    quote: 'write to you within five working days of a referral to say what happens next', theme: 'Accessible letters and information',
  },
  {
    section: 'pillar-2', organisation: 'GYROS', gatheredHow: 'one-to-one', representsCount: 23,
    representsWho: 'Migrant families and people from Black and minority ethnic communities we support one to one',
    body: 'Many of the people we support have been referred and then heard nothing, or received a letter in English that they could not read. Some were told to bring a family member to interpret, sometimes a child. We ask that the trust records the language a person needs at referral and books a professional interpreter for every appointment. The people we support would also like to be able to refer themselves, because getting a GP appointment is very hard for people new to the country.',
    theme: 'Accessible letters and information',
  },
  {
    section: 'pillar-2', organisation: 'ACCESS', gatheredHow: 'collated-letters', representsCount: 17,
    representsWho: 'Deaf and disabled people who wrote to us or emailed in response to our call for views',
    body: 'Our members told us that being able to get in is the first barrier. Phone-only referral lines shut out deaf people, and letters in small print shut out blind and partially sighted people. We ask the trust to meet the NHS Accessible Information Standard in full: ask, record, flag, share and meet each person\'s needs. Our members also asked for waiting rooms and clinic buildings to be checked for step-free access and hearing loops, and for the results to be published.',
    theme: 'Accessible letters and information',
  },
  {
    section: 'pillar-3', organisation: 'GYROS', gatheredHow: 'other', representsCount: 40,
    representsWho: 'People who came to our weekly community drop-in over four weeks in January',
    body: 'This pillar depends on people being registered with a GP, and many people we see are not. Some were wrongly told they needed proof of address or immigration status to register. Others are registered but cannot get through on the phone at 8am because they are at work. We ask the trust to work with GP practices so that anyone can register, as NHS rules already say, and to make sure mental health practitioners in surgeries can use interpreters.',
    theme: 'Seeing a GP face to face',
  },
  {
    section: 'pillar-4', organisation: 'ACCESS', gatheredHow: 'focus-group', representsCount: 19,
    representsWho: 'Deaf British Sign Language users and disabled adults who attended our two focus groups',
    body: 'Every deaf person in our focus groups said the same thing: a crisis line that is only a telephone line is not a crisis line for us. Text relay is slow and in a crisis it is very hard to type. We ask for a text service and a British Sign Language video service, answered by people trained in mental health and deaf awareness. Please also add a measure for how quickly text and BSL contacts are answered, next to the one for calls, so that we are not an afterthought.',
    quote: 'Keep our 24-hour mental health crisis line open every day of the year, through NHS 111 (option 2).', theme: 'Text and BSL crisis contact',
  },
  {
    section: 'pillar-4', organisation: 'Opening Doors', gatheredHow: 'focus-group', representsCount: 11,
    representsWho: 'Members of our self-advocacy group, adults with a learning disability',
    body: 'We talked about what happens when things get very bad. Some of us have called the crisis line. They asked too many questions. They talked too fast. We want staff who know about learning disability. We want to be able to text. We want our support worker or family to be able to call for us.',
    theme: 'Text and BSL crisis contact',
  },
  {
    section: 'pillar-4', organisation: 'Bridge Plus', gatheredHow: 'one-to-one', representsCount: 28,
    representsWho: 'Black and minority ethnic service users and carers we support one to one',
    body: 'Many of our members, especially young Black men, told us their first contact in a crisis was with the police, not a mental health worker. That experience made them less likely to ask for help the next time. We support the aim that people in crisis are seen by mental health staff, not held in a police cell, but we want to know how it will be checked. Please publish who is detained under the Mental Health Act, and where, by ethnicity. Our carers also said they were not listened to when they rang for help.',
    quote: 'not held in a police cell', theme: 'Police and crisis',
  },
  {
    section: 'pillar-5', organisation: 'Bridge Plus', gatheredHow: 'focus-group', representsCount: 16,
    representsWho: 'Members of our men\'s group and women\'s group who have stayed on a mental health ward',
    body: 'Our members who have been in hospital described feeling watched and feared rather than cared for. Several had been restrained and none had been offered a chance to talk about it afterwards. We welcome publishing restraint and seclusion figures, but they must be broken down by ethnicity, age and gender. We also ask for food that meets cultural and religious needs, and for staff training on racism and trauma that is designed with our communities.',
    quote: 'publish our figures every three months', theme: 'Restraint and seclusion',
  },
  {
    section: 'pillar-5', organisation: 'ACCESS', gatheredHow: 'one-to-one', representsCount: 9,
    representsWho: 'Disabled adults who have stayed on a mental health ward in the last three years',
    body: 'Our members told us about wards where the accessible bathroom was used as a store room, where there was no hearing loop in the community meeting room, and where no one could sign. One member who uses a wheelchair could not get into the garden at all. We ask that every ward has an access check with disabled people, and that the results and what was done about them are published.',
    theme: 'Things to do on the ward',
  },
  {
    section: 'pillar-6', organisation: 'Bridge Plus', gatheredHow: 'other', representsCount: 35,
    representsWho: 'Members and volunteers who came to our annual members\' meeting',
    body: 'Our members strongly support treating the voluntary sector as partners. In practice, small community-led groups like ours are asked to come to meetings, share our knowledge and reach our communities for the NHS, all unpaid. Each year we apply for short grants and lose staff in between. We ask for contracts of at least three years and for our time in planning to be paid. We also ask that the partnership board includes at least one group led by Black and minority ethnic communities.',
    quote: 'agree longer contracts', theme: 'Voluntary sector partners',
  },
  {
    section: 'pillar-6', organisation: 'Opening Doors', gatheredHow: 'focus-group', representsCount: 13,
    representsWho: 'Members of our self-advocacy group, adults with a learning disability',
    body: 'We want to be on the partnership board. We want Easy Read papers before the meeting. We want someone to help us get ready. We want to be paid like everyone else. Please do not have meetings that go on all day.',
    theme: 'Lived experience in decisions',
  },
];

export const DECISIONS: SeedDecision[] = [
  {
    section: 'pillar-1', inVersion: 'draft2', decision: 'changed', theme: 'Money and debt worries',
    reason: 'We added a welfare benefits, debt and housing adviser at every wellbeing hub because many people, staff and GYROS told us that money worries are what tips people into poor mental health, and that a hub offering only a chat would not help.',
  },
  {
    section: 'pillar-1', inVersion: 'draft2', decision: 'changed-in-part', theme: 'Community groups funding',
    reason: 'We added a small grants fund for community groups, including groups led by Black and minority ethnic communities, and made clear the hubs will be run jointly with them. We could not promise long-term funding for every existing group, which many of you asked for, because the money for this pillar is set for two years at a time.',
  },
  {
    section: 'pillar-1', inVersion: 'draft2', decision: 'not-changed', theme: 'Support for under-18s',
    reason: 'We did not add services for children and young people to this pillar because this strategy is for adults and young people\'s mental health has its own plan. We have passed every comment about young people and young carers to the team writing that plan, and the two teams will agree how young people move to adult services.',
  },
  {
    section: 'pillar-2', inVersion: 'draft2', decision: 'changed', theme: 'Self-referral',
    reason: 'We added that you can refer yourself to the single point of access by phone or online, without seeing your GP first. Many people told us that getting a GP appointment just to be referred added weeks to their wait.',
  },
  {
    section: 'pillar-2', inVersion: 'draft2', decision: 'changed-in-part', theme: 'Waiting times',
    reason: 'We added that we will publish the average waiting time for each service every month, as many of you asked. We have not set a waiting time target in this strategy, because national targets for mental health are still being agreed and we did not want to promise something we cannot yet deliver.',
  },
  {
    section: 'pillar-2', inVersion: 'draft2', decision: 'changed', theme: 'Accessible letters and information',
    reason: 'We added that we will ask everyone how they want us to contact them, and whether they need Easy Read, large print, British Sign Language, an interpreter or another language, and write to them that way. Carers, Opening Doors, GYROS and ACCESS all told us letters were going unread.',
  },
  {
    section: 'pillar-2', inVersion: 'draft2', decision: 'not-changed', theme: 'Not ill enough',
    reason: 'We did not remove the criteria for each service, because some services are for very specific needs and need the staff with those skills. We kept our promise that nobody is turned away without an explanation in plain English and help to contact a service that can help.',
  },
  {
    section: 'pillar-3', inVersion: 'draft2', decision: 'not-changed', theme: 'Longer GP appointments',
    reason: 'We did not add longer GP appointments because the length of GP appointments is set by GP practices and their national contract, not by the trust. We will ask the mental health practitioners in GP surgeries to offer longer appointments to people who need them, as one member of staff suggested.',
  },
  {
    section: 'pillar-4', inVersion: 'draft2', decision: 'changed', theme: 'Out-of-hours crisis line',
    reason: 'We added more staff on the crisis line at night and at weekends, a promise that every call is answered by a trained mental health worker, and a call back within an hour if you cannot get through. This is the thing people told us about most, in both waves.',
  },
  {
    section: 'pillar-4', inVersion: 'draft2', decision: 'changed', theme: 'Carers in a crisis',
    reason: 'We changed this part so that carers can call the crisis line themselves, and staff will always listen to what a carer tells them. Many carers told us they were turned away because of confidentiality when they were trying to tell staff something, not ask.',
  },
  {
    section: 'pillar-4', inVersion: 'draft2', decision: 'changed-in-part', theme: 'Crisis cafés',
    reason: 'We changed the opening hours to midnight and added help with transport for people in villages. We did not promise a café in every town straight away: we will open them in the four largest towns first and decide where more are needed in 2026.',
  },
  {
    section: 'pillar-4', inVersion: 'draft2', decision: 'not-changed', theme: 'Crisis house',
    reason: 'We did not add a crisis house because we do not yet have the money to run one safely. We agree it could keep people out of hospital, so we will look at it again in the 2026 review, with the people who asked for it.',
  },
  {
    section: 'pillar-4', inVersion: 'final', decision: 'changed', theme: 'Text and BSL crisis contact',
    reason: 'We added a text message service and a British Sign Language video service for the crisis line, and a measure for how quickly those contacts are answered. Deaf people, autistic people, ACCESS and Opening Doors told us that a phone-only line shuts them out.',
  },
  {
    section: 'pillar-5', inVersion: 'draft2', decision: 'changed', theme: 'Discharge planning',
    reason: 'We added that families and carers will be part of planning to go home if you agree, that we will check you have somewhere safe to live, medication and money before you leave, and that the ward will stay in touch until your community team has seen you. People told us leaving hospital felt like falling off a cliff.',
  },
  {
    section: 'pillar-5', inVersion: 'draft2', decision: 'changed-in-part', theme: 'Beds far from home',
    reason: 'We added a date, 2027, for ending placements far from home, and said we will pay visitors\' travel costs until then. We could not promise to stop straight away, as families asked, because we need more local beds and quicker discharges first.',
  },
  {
    section: 'pillar-5', inVersion: 'draft2', decision: 'changed', theme: 'Things to do on the ward',
    reason: 'We added activities in the evenings, time outside every day and free Wi-Fi on every ward, because many people told us the evenings and weekends on the ward were long and empty.',
  },
  {
    section: 'pillar-5', inVersion: 'draft2', decision: 'not-changed', theme: 'Smoking on wards',
    reason: 'We did not bring back smoking areas, because our hospitals are smoke-free to protect patients\' and staff\'s health. We will make sure every ward has enough nicotine patches, sprays and e-cigarettes, which staff and patients told us sometimes run out.',
  },
  {
    section: 'pillar-6', inVersion: 'draft2', decision: 'changed', theme: 'Lived experience in decisions',
    reason: 'We said how many people with lived experience and carers will sit on the partnership board, that they will be paid and supported, and that one of them will co-chair each working group. You told us that a place at the end of a list is not enough.',
  },
  {
    section: 'pillar-6', inVersion: 'draft2', decision: 'changed-in-part', theme: 'Sharing information between services',
    reason: 'We added that you will be able to see which services have looked at your care plan and change what you share at any time. Some people asked us to share records without asking; we kept sharing by permission, because many others told us they want to choose who sees what.',
  },
  {
    section: 'pillar-6', inVersion: 'draft2', decision: 'not-changed', theme: 'Merging health and social care',
    reason: 'We did not propose merging the trust\'s teams with council social care, because that is a decision for the councils and the NHS together, not for this strategy. Neighbourhood teams and pooled budgets are how we will bring the work closer together.',
  },
  {
    section: 'pillar-6', inVersion: 'final', decision: 'changed', theme: 'Voluntary sector partners',
    reason: 'We changed "longer contracts" to contracts of at least three years, and added that we will pay voluntary groups for the time they spend planning with us. Small charities and Bridge Plus told us that short contracts and unpaid planning work cost them good staff.',
  },
];
