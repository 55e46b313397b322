// The column definitions of a comments download, for the platform's sendExport (which neutralises every text cell).
import type { Column } from '../../platform/exports/index.ts';
import type { StaffComment } from './repository.ts';
import { COMMENT_STATUSES, GATHERED_HOW, textOf } from './vocabulary.ts';

export function commentExportColumns(): Column<StaffComment>[] {
  return [
    { header: 'Comment id', value: (c) => c.id, width: 38 },
    { header: 'About (type)', value: (c) => c.resourceType },
    { header: 'About (id)', value: (c) => c.resourceId, width: 38 },
    { header: 'Reply to', value: (c) => c.parentId ?? '', width: 38 },
    { header: 'Written', value: (c) => c.createdAt, width: 20 },
    { header: 'Edited', value: (c) => c.editedAt ?? '', width: 20 },
    { header: 'Status', value: (c) => textOf(COMMENT_STATUSES, c.status) },
    { header: 'Why it was hidden', value: (c) => c.hiddenReason ?? '', width: 40 },
    { header: 'Open reports', value: (c) => c.flags, width: 12 },
    { header: 'Name shown', value: (c) => c.authorName },
    { header: 'Describes themselves as', value: (c) => c.roleText, width: 40 },
    { header: 'On behalf of an organisation', value: (c) => (c.onBehalf ? 'Yes' : 'No'), width: 14 },
    { header: 'Organisation', value: (c) => c.onBehalf?.organisationName ?? '' },
    { header: 'How the views were gathered', value: (c) => (c.onBehalf ? (c.onBehalf.gatheredHow === 'other' ? c.onBehalf.gatheredOther || 'Other' : textOf(GATHERED_HOW, c.onBehalf.gatheredHow)) : '') },
    { header: 'People represented', value: (c) => c.onBehalf?.representsCount ?? '', width: 12 },
    { header: 'Who they are', value: (c) => c.onBehalf?.representsWho ?? '', width: 40 },
    { header: 'How it was received', value: (c) => c.channelText },
    { header: 'Words commented on', value: (c) => c.quote ?? '', width: 60 },
    { header: 'Comment', value: (c) => c.body, width: 80 },
    { header: 'Tags', value: (c) => Object.entries(c.tags).map(([k, v]) => `${k}: ${v}`).join('; ') },
  ];
}
