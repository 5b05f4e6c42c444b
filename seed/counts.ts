/**
 * How many of each kind of person and planted case an organization of `people` gets. All the
 * scaling lives here: planted families get at least 2 instances from 100 people up (1 below) and
 * grow roughly linearly with headcount.
 */

function scaled(people: number, rate: number, minimum: number): number {
  const floor = people >= 100 ? minimum : Math.min(1, minimum);
  return Math.max(floor, Math.round(people * rate));
}

export interface Counts {
  // roster
  futureHires: number;
  terminatedLongAgo: number;
  onLeave: number;
  leaversOffboarded: number;
  // planted people
  leaversWithLiveAccounts: number;
  suspendedIdentities: number;
  // planted accounts and apps
  unknownOrphans: number;
  pendingFresh: number;
  pendingExpired: number;
  invitesWithoutSeat: number;
  extraSoleAdminApps: number;
  staleInactive: number;
  neverActive: number;
  userIntegrationsLeftBehind: number;
  duplicates: number;
  duplicateNegatives: number;
  privilegedWithoutSso: number;
  externalActive: number;
  externalInvited: number;
  // clean integrations per integrating app
  cleanIntegrations: number;
}

export function countsFor(people: number): Counts {
  return {
    futureHires: Math.max(1, Math.round(people * 0.006)),
    terminatedLongAgo: Math.max(1, Math.round(people * 0.045)),
    onLeave: Math.max(1, Math.round(people * 0.03)),
    leaversOffboarded: scaled(people, 0.002, 1),
    leaversWithLiveAccounts: scaled(people, 0.003, 2),
    suspendedIdentities: scaled(people, 0.001, 2),
    unknownOrphans: scaled(people, 0.002, 2),
    pendingFresh: scaled(people, 0.002, 2),
    pendingExpired: scaled(people, 0.002, 2),
    invitesWithoutSeat: scaled(people, 0.002, 2),
    extraSoleAdminApps: Math.floor(people / 2500),
    staleInactive: scaled(people, 0.003, 2),
    neverActive: scaled(people, 0.002, 2),
    userIntegrationsLeftBehind: scaled(people, 0.002, 2),
    duplicates: scaled(people, 0.002, 2),
    duplicateNegatives: scaled(people, 0.001, 1),
    privilegedWithoutSso: scaled(people, 0.001, 2),
    externalActive: scaled(people, 0.002, 2),
    externalInvited: scaled(people, 0.001, 1),
    cleanIntegrations: scaled(people, 0.002, 2),
  };
}
