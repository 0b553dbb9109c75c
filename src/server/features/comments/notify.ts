import type { AppContext } from '../../platform/context.ts';
import { markNotified, replyToNotify } from './queries.ts';
import { signToken } from './tokens.ts';

// Reply mail: when a reply is approved, the commenter it answers hears of it, once, if they
// asked to. Every such mail carries a signed one-click unsubscribe link in its body and in the
// List-Unsubscribe header (with RFC 8058's List-Unsubscribe-Post, so a mail client can do it).

const UNSUBSCRIBE_DAYS = 365;
export const DELETE_LINK_HOURS = 48;

export function unsubscribeUrl(ctx: AppContext, email: string): string {
  const token = signToken(
    ctx.config.secret,
    'comment-unsubscribe.v1',
    email,
    Date.now() + UNSUBSCRIBE_DAYS * 86_400_000,
  );
  return `${ctx.site.publicUrl}/blog/comments/unsubscribe?token=${encodeURIComponent(token)}`;
}

export function deleteUrl(ctx: AppContext, email: string): string {
  const token = signToken(
    ctx.config.secret,
    'comment-delete.v1',
    email,
    Date.now() + DELETE_LINK_HOURS * 3_600_000,
  );
  return `${ctx.site.publicUrl}/blog/comments/delete/confirm?token=${encodeURIComponent(token)}`;
}

/** Mails the parent's author about newly approved replies, each at most once. */
export async function notifyReplies(ctx: AppContext, replyIds: readonly number[]): Promise<void> {
  for (const id of replyIds) {
    const r = await replyToNotify(ctx.db, id);
    await markNotified(ctx.db, id);
    if (!r || r.email === r.reply_email) continue;
    const unsubscribe = unsubscribeUrl(ctx, r.email);
    const link = `${ctx.site.publicUrl}/blog/${r.slug}#comment-${r.id}`;
    await ctx.sendMail({
      to: r.email,
      subject: `New reply to your comment on “${r.title}”`,
      text: `Hello ${r.parent_name},\n\n${r.name} replied to your comment on “${r.title}”:\n\n${r.body}\n\nRead it and reply: ${link}\n\nYou get this mail because you asked to be told of replies. To stop these mails, follow this link: ${unsubscribe}\n\n${ctx.site.name}`,
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
  }
}
