/** What stands in for data that has not arrived: the reason it failed, or a polite "Loading …". */
export function LoadState({ error, loading }: { error: { message: string } | null | undefined; loading: string }) {
  return error ? (
    <p className="dialog-error" role="alert">
      {error.message}
    </p>
  ) : (
    <p className="loading" role="status">
      {loading}
    </p>
  );
}
