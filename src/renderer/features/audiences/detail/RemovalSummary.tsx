// The confirm dialog's account of removing an audience, from the core: what goes with it, and the
// posts aimed at it, which stay on the calendar without it (a planner may want to re-aim them first).
import { useEffect, useState } from 'react';
import type { AudienceRemoval } from '../../../../shared/audiences';
import { api } from '../../../api';
import { formatDay } from '../dates';

/** Enough to recognise the posts; the rest are counted. */
const POSTS_NAMED = 8;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function RemovalSummary({ audienceId, name }: { audienceId: string; name: string }) {
  // Asked once as the dialog opens, not kept fresh: once the removal is saved there is nothing left to ask about.
  const [data, setData] = useState<AudienceRemoval | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    let live = true;
    api.call('audience.removal', { id: audienceId }).then(
      (answer) => live && setData(answer),
      () => live && setError(true),
    );
    return () => {
      live = false;
    };
  }, [audienceId]);
  const goes = data
    ? [
        data.engagements ? count(data.engagements, 'engagement log entry', 'engagement log entries') : null,
        data.relationships ? count(data.relationships, 'relationship', 'relationships') : null,
        data.messages ? count(data.messages, 'message', 'messages') : null,
      ].filter((part): part is string => part !== null)
    : [];
  const posts = data?.posts ?? [];
  return (
    <>
      <p>
        {data && goes.length > 0 ? `${joinList(goes)} ${goes.length === 1 && goes[0]!.startsWith('1 ') ? 'goes' : 'go'} with it. ` : error ? 'Its engagement log, relationships and messages go with it. ' : null}
        You can bring it back with Undo.
      </p>
      {posts.length > 0 ? (
        <>
          <p>
            {posts.length === 1 ? '1 post is aimed at it' : `${posts.length} posts are aimed at it`}. They stay on the calendar, no longer aimed at {name}:
          </p>
          <ul aria-label={`Posts aimed at ${name}`}>
            {posts.slice(0, POSTS_NAMED).map((p) => (
              <li key={p.id}>
                <span dir="auto">{p.title || 'Untitled post'}</span>, {p.localDate ? formatDay(p.localDate) : 'in the backlog'}
              </li>
            ))}
            {posts.length > POSTS_NAMED ? <li>and {posts.length - POSTS_NAMED} more</li> : null}
          </ul>
        </>
      ) : null}
    </>
  );
}

function joinList(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
