// One way to show a form page: status 400 when there are errors (the base layout shows the NHS error summary from
// `errorList` and puts "Error: " in the page title), and empty errors when there are none.
import type { FastifyReply } from 'fastify';
import type { ErrorItem } from './index.ts';

export interface FormPage {
  values?: unknown;
  errors?: Record<string, string | undefined>;
  errorList?: ErrorItem[];
  [key: string]: unknown;
}

export function renderForm(reply: FastifyReply, template: string, data: FormPage) {
  if (data.errorList?.length) reply.code(400);
  return reply.view(template, { ...data, errors: data.errors ?? {}, errorList: data.errorList ?? [] });
}
