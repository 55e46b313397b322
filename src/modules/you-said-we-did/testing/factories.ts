// Test factory for "you said, we did" items, built through the module's own repository.
import type { AppContext } from '../../../platform/module.ts';
import * as repo from '../repository.ts';

export async function buildYouSaidWeDidItem(ctx: AppContext, programmeId: string, o: Partial<repo.ItemInput> = {}): Promise<string> {
  return repo.insertItem(ctx.db, programmeId, {
    youSaid: 'The crisis line is hard to reach at night.', youSaidEasyRead: 'It is hard to get help at night.', peopleCount: 12, audiences: ['public'], theme: 'Crisis line',
    weDid: 'We are adding night staff.', status: 'in-progress', notDoingReason: '', progress: 50, owner: 'Crisis team', startsOn: null, dueOn: null, differenceMade: '', ...o,
  }, null);
}
