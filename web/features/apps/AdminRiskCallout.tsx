import { adminRiskLevel, effectiveAdminHolders } from './adminRisk.js';
import { formatCount } from '../../shared/format.js';
import type { RolesTable_RoleFragment } from '../../graphql/graphql.js';

interface AdminRiskCalloutProps {
  appName: string;
  effectiveAdminCount: number;
  minimumAdmins: number;
  roles: readonly RolesTable_RoleFragment[];
}

/** Says, in words, when an app has a sole admin or none. */
export function AdminRiskCallout({ appName, effectiveAdminCount, minimumAdmins, roles }: AdminRiskCalloutProps) {
  const risk = adminRiskLevel(effectiveAdminCount, minimumAdmins);
  if (risk === 'ok') return null;

  if (risk === 'none') {
    return (
      <p className="callout callout-error">
        <strong>No effective admin.</strong> Nobody active can administer {appName}. The minimum is {formatCount(minimumAdmins)}.
      </p>
    );
  }

  if (risk === 'sole') {
    const [holder] = effectiveAdminHolders(roles);
    const who = holder ? (holder.person?.displayName ?? holder.account.email) : 'One person';
    return (
      <p className="callout callout-error">
        <strong>Sole admin.</strong> {who} is the only effective admin of {appName} (minimum {formatCount(minimumAdmins)}). If they leave,
        nobody can manage it.
      </p>
    );
  }

  return (
    <p className="callout callout-warn">
      <strong>Below minimum admins.</strong> {formatCount(effectiveAdminCount)} effective admins, minimum {formatCount(minimumAdmins)}.
    </p>
  );
}
