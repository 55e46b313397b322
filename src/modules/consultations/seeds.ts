// Demo data: the strategy review's draft strategy of six pillars (written in seed-content.ts), put out for comment.
import type { AppContext } from '../../platform/module.ts';

export async function seedConsultations(_ctx: AppContext): Promise<void> {}
