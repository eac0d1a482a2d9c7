/** Announced politely while data loads. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="wi-loading" role="status">
      {label}
    </p>
  );
}
