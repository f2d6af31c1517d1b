/** A screen's outcome lines: what went wrong (announced at once) and what was done (announced politely). */
export function Messages({ error, notice }: { error: string | null; notice: string | null }) {
  return (
    <>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
    </>
  );
}
