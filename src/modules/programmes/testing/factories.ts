// Test factory for programmes, exported for every module's tests.
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../../platform/module.ts';
import { createProgramme } from '../api.ts';

export async function buildProgramme(ctx: AppContext, overrides: { title?: string; status?: string; area?: string; workgroups?: string[] } = {}) {
  return createProgramme(ctx.db, {
    title: overrides.title ?? `Programme ${randomBytes(3).toString('hex')}`,
    summary: 'A test programme.',
    area: overrides.area ?? 'Whole trust area',
    ownerWorkgroup: 'Test steering group',
    status: overrides.status ?? 'open',
    phases: [
      { name: 'Listen', description: '', startsOn: '2026-11-01', endsOn: '2027-01-31', status: 'open' },
      { name: 'Draft', description: '', startsOn: '2027-02-01', endsOn: '2027-03-31', status: 'forthcoming' },
    ],
    workgroups: overrides.workgroups ?? ['Dementia workgroup'],
  });
}
