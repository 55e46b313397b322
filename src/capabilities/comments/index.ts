// The comments capability: comments on any resource a module owns (a consultation section, later a discussion),
// replies one level deep, a role and a name or "Anonymous", comments on behalf of an organisation counted apart,
// changing within a time window, withdrawing, reporting, pre- or post-moderation with a queue, counts, exports, text
// for the insight engine, and GDPR export and erase. Modules use it through this file only; it imports no module and
// knows nothing of what its resources are (owners register a title and a link for each type). See docs/comments.md.
import path from 'node:path';
import type { ChorusModule } from '../../platform/module.ts';
import { policy } from './policy.ts';
import { commentRoutes } from './routes.ts';
import { commentAdminRoutes } from './admin-routes.ts';
import { eraseCommentsOf, exportCommentsOf } from './repository.ts';

export {
  EDIT_WINDOW_MINUTES,
  CommentError,
  addComment,
  listComments,
  getComment,
  editComment,
  withdrawComment,
  flagComment,
  moderateComment,
  countComments,
  emptyCounts,
  searchComments,
  commentsForExport,
  commentTexts,
  commentTextsPage,
  moderationQueue,
  exportCommentsOf,
  eraseCommentsOf,
  withinEditWindow,
  type OnBehalf,
  type NewComment,
  type Viewer,
  type CommentView,
  type CommentPage,
  type CommentCounts,
  type CommentFilter,
  type StaffComment,
  type CommentText,
  type QueueItem,
} from './repository.ts';
export { commentExportColumns } from './exports.ts';
export { registerCommentResource, type CommentResource } from './registry.ts';
export { commenterHash, commenterKey, enforceCommentRate, COMMENT_RATE_LIMIT, FLAG_RATE_LIMIT, COMMENTER_COOKIE } from './commenter.ts';
export { MAX_COMMENT_LENGTH, MAX_QUOTE_LENGTH, MAX_DISPLAY_NAME_LENGTH, commentForm, aboutYouForm, onBehalfForm, moderateForm, flagForm, representsCountOf } from './forms.ts';
export { renderCommentList, renderAboutYouFields, renderOnBehalfFields, type ListOptions } from './views.ts';
export {
  COMMENT_ROLES,
  COMMENT_CHANNELS,
  RECEIVED_CHANNELS,
  FLAG_REASONS,
  GATHERED_HOW,
  COMMENT_STATUSES,
  MODERATION_ACTIONS,
  KINDS,
  type CommentRole,
  type CommentStatus,
  type CommentChannel,
} from './vocabulary.ts';
export { policy as commentsPolicy } from './policy.ts';

export const commentsCapability: ChorusModule = {
  id: 'comments',
  migrations: path.join(import.meta.dirname, 'migrations'),
  policy,
  routes: commentRoutes,
  adminRoutes: commentAdminRoutes,
  adminNavigation: [{ text: 'Comments to check', href: '/admin/comments', ability: 'comment.moderate' }],
  exportPersonalData: (ctx, userId) => exportCommentsOf(ctx.db, userId),
  erasePersonalData: (tx, userId) => eraseCommentsOf(tx, userId),
};
