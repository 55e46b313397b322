import type { AppContext } from '../../platform/module.ts';
export async function seedEvents(_ctx: AppContext): Promise<void> {}
