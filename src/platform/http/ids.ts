// Ids in paths and forms. Checking the shape before a query means a malformed id is a 404, never a database error.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** true for a UUID in its usual text form (any case), false for anything else, including non-strings */
export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
