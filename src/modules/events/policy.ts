// Abilities for events, bookings, attendance and exports.
import { anyone, roles, signedIn, type Policy } from '../../platform/authorisation/index.ts';

export const policy: Policy = {
  'event.view': anyone,
  'event.book': anyone,
  /** create, change, publish, cancel, take attendance, close, see access needs of people booked */
  'event.manage': roles('facilitator', 'admin'),
  /** bookings CSV with access needs */
  'booking.export': roles('facilitator', 'admin'),
  /** see and cancel your own bookings */
  'booking.manage': signedIn,
};
