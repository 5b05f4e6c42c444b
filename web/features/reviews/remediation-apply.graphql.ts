import { graphql } from '../../graphql/index.js';

/** Whether a revoke can be applied through a connection, and the vendor's last answer: read per item, for admins. */
export const REMEDIATION_APPLY_QUERY = graphql(`
  query RemediationApply($id: ID!) {
    reviewItem(id: $id) {
      id
      remediationApply {
        offeredVia
        action
        account
        appName
        appliedAt
        appliedByName
        appliedVia
        httpStatus
        outcome
        ok
      }
    }
  }
`);

export const APPLY_REMEDIATION_MUTATION = graphql(`
  mutation ApplyRemediation($itemId: ID!) {
    applyRemediation(itemId: $itemId) {
      offeredVia
      ok
      httpStatus
      outcome
    }
  }
`);
