// UK mobile numbers, typed the way people write them: "07700 900982", "07700-900-982", "+44 (0)7700 900982",
// "0044 7700 900982". Spaces, hyphens, dots and brackets are allowed (GOV.UK phone numbers pattern); what is kept is
// the number alone, 07 and 9 more digits, which GOV.UK Notify accepts. Use `ukMobileCheck` as a text field's `check`.

/** The number as 07xxxxxxxxx, or undefined when it is not a UK mobile number. */
export function ukMobile(raw: string): string | undefined {
  let digits = raw.trim().replace(/[\s().-]/g, '');
  if (!/^\+?\d+$/.test(digits)) return undefined;
  if (digits.startsWith('+44')) digits = digits.slice(3);
  else if (digits.startsWith('0044')) digits = digits.slice(4);
  else if (digits.startsWith('44') && digits.length === 12) digits = digits.slice(2);
  if (digits.startsWith('+')) return undefined;
  if (digits.startsWith('0')) digits = digits.slice(1);
  return /^7\d{9}$/.test(digits) ? `0${digits}` : undefined;
}

export const UK_MOBILE_FORMAT_MESSAGE = 'Enter a UK mobile phone number, like 07700 900 982 or +44 7700 900 982';

/** A `check` for a text field: the GOV.UK message when the value is not a UK mobile number. */
export function ukMobileCheck(value: string): string | undefined {
  return ukMobile(value) ? undefined : UK_MOBILE_FORMAT_MESSAGE;
}
