/** A form's own error (one that names no single field), announced as it appears; nothing when there is none. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="dialog-error" role="alert">
      {message}
    </p>
  ) : null;
}
