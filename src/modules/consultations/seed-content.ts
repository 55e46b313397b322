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
];

export const ORGANISATION_COMMENTS: SeedOrganisationComment[] = [
];

export const DECISIONS: SeedDecision[] = [
];
