import { useLayoutEffect, useRef } from 'react';
import { revealFirstInvalid } from './revealInvalid';

/**
 * A form's own error, announced as it appears; nothing when there is none. When it appears, the first
 * field marked invalid in its form (or else the message itself) is brought into view, so a long
 * dialog never refuses to save while the reason sits out of sight.
 */
export function FormAlert({ message, id }: { message: string | null | undefined; id?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (message && ref.current) revealFirstInvalid(ref.current);
  }, [message]);
  return message ? (
    <p ref={ref} id={id} className="dialog-error" role="alert">
      {message}
    </p>
  ) : null;
}
