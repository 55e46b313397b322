import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
export async function surveyAdminRoutes(_app: FastifyInstance, _ctx: AppContext): Promise<void> {}
