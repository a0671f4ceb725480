// What the post editor says about its working copy: brought back after a reload or crash, or beside
// a version saved elsewhere meanwhile. Either way the planner decides; nothing is replaced unasked.
import { formatDistanceToNow } from 'date-fns';
import { Button } from '../../ui/Button';
import type { PostDraft } from './usePostDraft';

export function DraftBanners({ post }: { post: Pick<PostDraft, 'restoredAt' | 'changedElsewhere' | 'takeSaved'> }) {
  return (
    <>
      {post.changedElsewhere ? (
        <div className="ed-banner ed-banner-warning" role="alert">
          <p>This post was saved elsewhere (another window or laptop) while you were editing. Saving keeps your version of every field you see.</p>
          <Button size="small" onClick={post.takeSaved}>
            Show the saved version instead
          </Button>
        </div>
      ) : post.restoredAt !== null ? (
        <div className="ed-banner" role="status">
          <p>Your unsaved changes from {formatDistanceToNow(post.restoredAt, { addSuffix: true })} are back. Save to keep them.</p>
          <Button size="small" onClick={post.takeSaved}>
            Discard them
          </Button>
        </div>
      ) : null}
    </>
  );
}
