// The explicit, ordered list of feature modules. Add a module by writing its manifest and listing it here.
import type { ChorusModule } from '../platform/module.ts';
import { siteModule } from '../modules/site/index.ts';
import { accountsModule } from '../modules/accounts/index.ts';
import { programmesModule } from '../modules/programmes/index.ts';
import { eventsModule } from '../modules/events/index.ts';
import { questionnairesCapability } from '../capabilities/questionnaires/index.ts';
import { commentsCapability } from '../capabilities/comments/index.ts';
import { surveysModule } from '../modules/surveys/index.ts';
import { consultationsModule } from '../modules/consultations/index.ts';
import { insightModule } from '../modules/insight/index.ts';
import { youSaidWeDidModule } from '../modules/you-said-we-did/index.ts';

export const MODULES: readonly ChorusModule[] = [siteModule, accountsModule, programmesModule, eventsModule, questionnairesCapability, commentsCapability, surveysModule, consultationsModule, insightModule, youSaidWeDidModule];
