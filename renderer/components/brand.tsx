/** The app's name as the top bar shows it. */
export function Brand() {
  return (
    <h1 className="brand">
      报览 <span className="brand-latin">Broadsheet</span>
    </h1>
  );
}
