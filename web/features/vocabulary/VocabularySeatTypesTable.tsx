import { graphql } from '../../graphql/index.js';
import { formatCount, formatMoney } from '../../shared/format.js';
import { SeatCostForm } from './SeatCostForm.js';
import { COST_SOURCE_NOTES } from './vocabulary-labels.js';
import type { VocabularySeatTypesTable_SeatTypeFragment } from '../../graphql/graphql.js';

// Declared for codegen only: the operations that show this component spread it by name.
graphql(`
  fragment VocabularySeatTypesTable_seatType on VocabularySeatType {
    id
    name
    monthlyCost
    currency
    costSource
    defaultMonthlyCost
    holders
  }
`);

interface VocabularySeatTypesTableProps {
  appName: string;
  seatTypes: readonly VocabularySeatTypesTable_SeatTypeFragment[];
  /** Admins get a cost to set per seat type; everyone else reads. */
  canSetCost: boolean;
  onSaved: (message: string) => void;
}

/** An app's seat types in its own words: what one seat costs a month, why, and how many hold one. */
export function VocabularySeatTypesTable({ appName, seatTypes, canSetCost, onSaved }: VocabularySeatTypesTableProps) {
  return (
    <div className="table-scroll">
      <table className="vocabulary-table">
        <caption className="visually-hidden">
          Seat types of {appName}: their monthly cost per seat, where it comes from, and how many hold them
        </caption>
        <thead>
          <tr>
            <th scope="col">Seat type</th>
            <th scope="col" className="num">
              Live holders
            </th>
            <th scope="col">Cost per seat / month</th>
            {canSetCost ? <th scope="col">Set the cost</th> : null}
          </tr>
        </thead>
        <tbody>
          {seatTypes.map((seat) => (
            <tr key={seat.id}>
              <th scope="row">
                {seat.name}
                {seat.costSource === 'ASSUMED' || seat.costSource === 'UNKNOWN' ? (
                  <span className="badge tone-warn">To classify</span>
                ) : null}
              </th>
              <td className="num">{formatCount(seat.holders)}</td>
              <td>
                {seat.monthlyCost === null ? <span className="muted">unknown</span> : formatMoney(seat.monthlyCost, seat.currency)}
                <div className="muted small">
                  {COST_SOURCE_NOTES[seat.costSource]}
                  {seat.costSource === 'CONFIRMED' && seat.defaultMonthlyCost !== null && seat.defaultMonthlyCost !== seat.monthlyCost
                    ? ` (default: ${formatMoney(seat.defaultMonthlyCost, seat.currency)})`
                    : null}
                </div>
              </td>
              {canSetCost ? (
                <td>
                  <SeatCostForm seatType={seat} onSaved={onSaved} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
