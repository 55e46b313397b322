// What of an error may be logged. Database errors quote the values that broke a rule ("Key (email)=(jane@…)",
// 'invalid input syntax for type uuid: "…"'), and a stack trace repeats the message on its first line, so both the
// message and the stack are scrubbed of quoted values before they reach a log.

/** Removes quoted values (which may be personal data) from an error's text. */
export function scrub(text: string): string {
  return text.replace(/"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)=\([^)\n]*\)/g, '"…"');
}

export interface LoggedError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
}

export function errorForLog(error: Error): LoggedError {
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: scrub(error.message),
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.stack ? { stack: scrub(error.stack) } : {}),
  };
}
