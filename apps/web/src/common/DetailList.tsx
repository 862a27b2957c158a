/** Terms and their values, as an initiative's details show them. */
export function DetailList({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
