import type { ReactNode } from 'react';
import { useSmallScreen } from '../layout/useSmallScreen';

/**
 * A semantic table that scrolls sideways inside its own region on a narrow screen; the region is focusable so
 * keyboard users can scroll it too.
 */
export function Table({
  caption,
  head,
  children,
}: {
  caption: string;
  head: ReactNode[];
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((cell, index) => (
              <th key={index} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export interface TableRow {
  key: string | number;
  /** One cell per column, in the order of the head. */
  cells: ReactNode[];
}

/**
 * A table on a wide screen; on a phone each row is a card that names every value by its column, so nothing
 * scrolls sideways or is cut off.
 */
export function TableOrCards({ caption, head, rows }: { caption: string; head: string[]; rows: TableRow[] }) {
  const smallScreen = useSmallScreen();
  if (!smallScreen) {
    return (
      <Table caption={caption} head={head}>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, index) => (
              <td key={index}>{cell}</td>
            ))}
          </tr>
        ))}
      </Table>
    );
  }
  return (
    <ul className="row-cards" aria-label={caption}>
      {rows.map((row) => (
        <li key={row.key} className="row-card">
          <dl className="details">
            {head.map((name, index) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{row.cells[index]}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
