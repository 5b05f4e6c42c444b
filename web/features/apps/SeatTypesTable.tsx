import { graphql } from '../../graphql/index.js';
import { formatCount, formatMoney } from '../../shared/format.js';
import type { SeatTypesTable_SeatTypeFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment SeatTypesTable_seatType on AppSeatType {
    name
    monthlyCost
    costSource
    currency
    held
    capacity
  }
`);

export function SeatTypesTable({ seatTypes }: { seatTypes: readonly SeatTypesTable_SeatTypeFragment[] }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Seat types, their cost and how many are held</caption>
        <thead>
          <tr>
            <th scope="col">Seat type</th>
            <th scope="col" className="num">
              Cost per seat / month
            </th>
            <th scope="col" className="num">
              Held / capacity
            </th>
          </tr>
        </thead>
        <tbody>
          {seatTypes.map((seat) => {
            const over = seat.capacity !== null && seat.held > seat.capacity;
            return (
              <tr key={seat.name}>
                <th scope="row">{seat.name}</th>
                <td className="num">
                  <SeatCost seat={seat} />
                </td>
                <td className="num">
                  <span className={over ? 'warn-text' : undefined}>
                    {formatCount(seat.held)} / {seat.capacity === null ? 'unknown' : formatCount(seat.capacity)}
                  </span>
                  {over ? <span className="badge tone-bad">Over capacity</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A cost nobody knows yet is "unknown", not $0; one assumed from the app's default seat says so. */
function SeatCost({ seat }: { seat: SeatTypesTable_SeatTypeFragment }) {
  if (seat.costSource === 'UNKNOWN') {
    return (
      <span className="muted" title="Not in the catalog and not set yet (attest roles set-seat); spend and waste leave these seats out">
        unknown
      </span>
    );
  }
  return (
    <>
      {formatMoney(seat.monthlyCost, seat.currency)}
      {seat.costSource === 'ASSUMED' ? <div className="muted small">assumed: the app's default seat</div> : null}
    </>
  );
}
