// Emails about bookings, all through the outbox (call after the transaction has committed):
// confirmation (with the person's own ICS), waiting list, promotion, reminder 2 days before (pg-boss startAfter),
// event changed or cancelled, and a note to the organiser when a booking has access needs.
// Text messages: a signed-in booker whose contact method is "Text message" and who gave a mobile number (accounts'
// howToContact) also gets the confirmation, the promotion and the reminder as a short text with the booking
// reference and a link to the event. The email is sent as well: it carries what does not fit in a text (the cancel
// link, the joining link, the calendar file, the organiser's contact), and a booking always has an email address.
import type { AppContext } from '../../../platform/module.ts';
import type { Attachment } from '../../../platform/notify/outbox.ts';
import { nhsDateWithDay, nhsTime } from '../../../ui/filters/dates.ts';
import * as repo from '../repository.ts';
import { eventsCalendar } from '../calendar.ts';
import { cancelToken } from './book-place.ts';
import { ACCESS_NEEDS, FORMATS, textOf } from '../vocabulary.ts';
import { howToContact } from '../../accounts/api.ts';

export const REMINDER_JOB = 'events.reminder';
const TWO_DAYS = 2 * 24 * 3600 * 1000;

const when = (e: repo.EventRow) => `${nhsDateWithDay(e.starts_at)}, ${nhsTime(e.starts_at)} to ${nhsTime(e.ends_at)}`;
const where = (e: repo.EventRow) =>
  e.format === 'online' ? 'Online' : [e.venue_name, e.venue_address].filter(Boolean).join(', ') + (e.format === 'hybrid' ? ' (or join online)' : '');

function ics(ctx: AppContext, e: repo.EventRow, withLink: boolean): Attachment {
  return {
    filename: 'event.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: eventsCalendar([e], { name: e.title, baseUrl: ctx.config.baseUrl, includeOnlineLink: withLink }),
    // for GOV.UK Notify, which cannot attach files (the public calendar: the joining link is in the email itself)
    link: { text: 'Add it to your calendar', url: `${ctx.config.baseUrl}/events/${e.id}/calendar.ics` },
  };
}

type TextKind = 'event-booking-confirmed' | 'event-promoted' | 'event-reminder';

/**
 * A short text to a signed-in booker who asked for text messages and gave a mobile number; nothing otherwise.
 * Plain characters only, so one text holds 160 of them; a long title is cut.
 */
async function sendBookingText(ctx: AppContext, e: repo.EventRow, b: repo.BookingRow, kind: TextKind): Promise<void> {
  if (!b.user_id) return;
  const phoneNumber = (await howToContact(ctx.db, b.user_id))?.textTo;
  if (!phoneNumber) return;
  const title = e.title.length > 60 ? `${e.title.slice(0, 57).trimEnd()}...` : e.title;
  const on = `${nhsDateWithDay(e.starts_at)} at ${nhsTime(e.starts_at)}`;
  const lead =
    kind === 'event-reminder' ? `Reminder: ${title} is on ${on}.` : kind === 'event-promoted' ? `A place came up and we booked it for you: ${title}, ${on}.` : `Your place is booked: ${title}, ${on}.`;
  await ctx.outbox.sendText({ phoneNumber, purpose: kind, text: `${lead} Booking reference ${b.reference}. Details: ${ctx.config.baseUrl}/events/${e.id}` });
}

function details(ctx: AppContext, e: repo.EventRow, b: repo.BookingRow, withLink: boolean): string[] {
  const lines = [`Event: ${e.title}`, `When: ${when(e)}`, `Where: ${where(e)}`, `Booking reference: ${b.reference}`];
  if (withLink && e.online_link && e.format !== 'in-person') lines.push(`Join online: ${e.online_link}`);
  lines.push('', `Event details: ${ctx.config.baseUrl}/events/${e.id}`);
  lines.push(`If you cannot come, cancel your booking so someone else can have your place: ${ctx.config.baseUrl}/bookings/cancel/${cancelToken(ctx.secret, b.reference)}`);
  if (e.organiser_email || e.organiser_phone) lines.push('', `Questions? Contact ${e.organiser_name || 'the organiser'}: ${[e.organiser_email, e.organiser_phone].filter(Boolean).join(' or ')}`);
  return lines;
}

export async function scheduleReminder(ctx: AppContext, e: repo.EventRow, b: repo.BookingRow, now = new Date()): Promise<void> {
  const at = new Date(e.starts_at.getTime() - TWO_DAYS);
  if (at <= now) return;
  await ctx.jobs.send(REMINDER_JOB, { bookingId: b.id }, { startAfter: at });
}

export async function sendBookingEmails(ctx: AppContext, e: repo.EventRow, b: repo.BookingRow): Promise<void> {
  if (!b.email) return;
  const booked = b.status === 'booked';
  await ctx.outbox.send({
    to: b.email,
    purpose: booked ? 'event-booking-confirmed' : 'event-waiting-list',
    subject: booked ? `Booking confirmed: ${e.title}` : `You are on the waiting list: ${e.title}`,
    text: [
      `Hello ${b.name},`,
      '',
      booked
        ? `Your place is booked${b.places === 2 ? ', with a place for your companion or carer' : ''}. The calendar file attached adds it to your calendar.`
        : 'The event is full, so you are on the waiting list. If a place comes up, we will book it for you automatically and email you.',
      '',
      ...details(ctx, e, b, booked),
    ].join('\n'),
    attachments: booked ? [ics(ctx, e, true)] : [],
  });
  if (booked) await sendBookingText(ctx, e, b, 'event-booking-confirmed');
  await scheduleReminder(ctx, e, b);
  if (b.access_needs.length && e.organiser_email) await sendOrganiserNeeds(ctx, e, b);
}

async function sendOrganiserNeeds(ctx: AppContext, e: repo.EventRow, b: repo.BookingRow): Promise<void> {
  const needs = b.access_needs.map((n) => textOf(ACCESS_NEEDS, n));
  await ctx.outbox.send({
    to: e.organiser_email,
    purpose: 'event-access-needs',
    subject: `Access needs for a booking: ${e.title}`,
    text: [
      `A booking for ${e.title} (${when(e)}) has access needs. Please arrange them before the event.`,
      '',
      `Name: ${b.name}`,
      `Booking reference: ${b.reference}`,
      `Status: ${b.status === 'booked' ? 'booked' : 'on the waiting list'}`,
      `Needs: ${needs.join('; ')}`,
      ...(b.dietary ? [`Dietary needs: ${b.dietary}`] : []),
      ...(b.access_other ? [`Something else: ${b.access_other}`] : []),
      '',
      `See everyone's needs for this event: ${ctx.config.baseUrl}/admin/events/${e.id}`,
    ].join('\n'),
  });
}

export async function sendPromotion(ctx: AppContext, e: repo.EventRow, b: repo.BookingRow): Promise<void> {
  if (!b.email) return;
  await ctx.outbox.send({
    to: b.email,
    purpose: 'event-promoted',
    subject: `A place has come up – you are booked: ${e.title}`,
    text: [`Hello ${b.name},`, '', 'A place has come up and we have booked it for you. The calendar file attached adds it to your calendar.', '', ...details(ctx, e, b, true)].join('\n'),
    attachments: [ics(ctx, e, true)],
  });
  await sendBookingText(ctx, e, b, 'event-promoted');
}

export async function sendCancelled(ctx: AppContext, e: repo.EventRow, b: repo.BookingRow): Promise<void> {
  if (!b.email) return;
  await ctx.outbox.send({
    to: b.email,
    purpose: 'event-booking-cancelled',
    subject: `Booking cancelled: ${e.title}`,
    text: [`Hello ${b.name},`, '', `Your booking ${b.reference} for ${e.title} (${when(e)}) is cancelled.`, '', `You can book again at ${ctx.config.baseUrl}/events/${e.id} if places are available.`].join('\n'),
  });
}

/** To everyone booked or waiting, when the event changes or is cancelled. */
export async function sendEventChanged(ctx: AppContext, e: repo.EventRow, kind: 'changed' | 'cancelled'): Promise<number> {
  const bookings = await repo.bookingsForEvent(ctx.db, e.id);
  for (const b of bookings) {
    if (!b.email) continue;
    const booked = b.status === 'booked';
    await ctx.outbox.send({
      to: b.email,
      purpose: kind === 'cancelled' ? 'event-cancelled' : 'event-changed',
      subject: kind === 'cancelled' ? `Event cancelled: ${e.title}` : `Event details changed: ${e.title}`,
      text: [
        `Hello ${b.name},`,
        '',
        kind === 'cancelled'
          ? `We are sorry: ${e.title} on ${nhsDateWithDay(e.starts_at)} has been cancelled. You do not need to do anything.`
          : 'The details of an event you booked have changed. Here are the new details. The calendar file attached updates your calendar.',
        '',
        ...(kind === 'cancelled' ? [`Booking reference: ${b.reference}`] : details(ctx, e, b, booked)),
      ].join('\n'),
      attachments: [ics(ctx, e, booked)],
    });
    if (kind === 'changed') await scheduleReminder(ctx, e, b);
  }
  return bookings.length;
}

/** The reminder job: only for people still booked, for an event still on, about 2 days ahead. */
export async function sendReminder(ctx: AppContext, bookingId: string, now = new Date()): Promise<boolean> {
  const b = await repo.findBooking(ctx.db, bookingId);
  if (!b || b.status !== 'booked' || !b.email) return false;
  const e = await repo.findEvent(ctx.db, b.event_id);
  if (!e || e.status !== 'published' || e.starts_at <= now) return false;
  // the event moved later: a new reminder was scheduled for the new time
  if (e.starts_at.getTime() - now.getTime() > TWO_DAYS + 3600_000) return false;
  // a small time change queues a second job close to the first: one reminder is enough
  if (!(await repo.claimReminder(ctx.db, b.id, now))) return false;
  await ctx.outbox.send({
    to: b.email,
    purpose: 'event-reminder',
    subject: `Reminder: ${e.title} is on ${nhsDateWithDay(e.starts_at)}`,
    text: [`Hello ${b.name},`, '', `This is a reminder that you have a place at ${e.title}.`, '', ...details(ctx, e, b, true)].join('\n'),
  });
  await sendBookingText(ctx, e, b, 'event-reminder');
  return true;
}

export const formatText = (f: string) => textOf(FORMATS, f);
