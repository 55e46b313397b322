// Abilities for accounts, people and organisations.
import { roles, signedIn, representsAnOrganisation, type Policy } from '../../platform/authorisation/index.ts';

export const policy: Policy = {
  'account.manage': signedIn,
  'user.list': roles('admin'),
  'user.invite': roles('admin'),
  'user.assign-role': roles('admin'),
  'organisation.manage': roles('admin'),
  'organisation.view': roles('admin', 'facilitator'),
  'organisation.represent': representsAnOrganisation,
};
