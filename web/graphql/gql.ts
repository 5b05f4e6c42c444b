/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AppFacts_app on AppDetail {\n    id\n    vendor\n    catalogKey\n    plan\n    billingModel\n    billingNote\n    seatsPaid\n    seatsUsed\n    seatsAtUnknownCost\n    seatCap\n    currency\n    monthlySpend\n    monthlyWaste\n    yearlyWaste\n    wasteByCause {\n      type\n      monthlyCost\n    }\n    accounts\n    accountsByStatus {\n      status\n      count\n    }\n    adminCount\n    effectiveAdminCount\n    minimumAdmins\n    pendingInvites\n    ssoEnforced\n    scimEnabled\n    activityData\n    lastSyncedAt\n    owner {\n      id\n      displayName\n      email\n      status\n    }\n  }\n": typeof types.AppFacts_AppFragmentDoc,
    "\n  fragment AppsTable_app on App {\n    id\n    name\n    vendor\n    catalogKey\n    plan\n    billingModel\n    seatsPaid\n    seatsUsed\n    seatCap\n    currency\n    monthlySpend\n    monthlyWaste\n    yearlyWaste\n    wasteByCause {\n      type\n    }\n    effectiveAdminCount\n    minimumAdmins\n    pendingInvites\n    findingCount\n    activityData\n  }\n": typeof types.AppsTable_AppFragmentDoc,
    "\n  fragment CaveatsList_caveat on Caveat {\n    topic\n    text\n  }\n": typeof types.CaveatsList_CaveatFragmentDoc,
    "\n  fragment IntegrationsTable_integration on AppIntegration {\n    id\n    name\n    mode\n    scopes\n    enabledAt\n    lastUsedAt\n    enabledBy {\n      id\n      email\n      status\n    }\n    enabledByPerson {\n      id\n      displayName\n      email\n      status\n    }\n  }\n": typeof types.IntegrationsTable_IntegrationFragmentDoc,
    "\n  fragment PendingInvitesTable_invite on PendingInvite {\n    account {\n      id\n      email\n      status\n    }\n    invitedAt\n    ageDays\n    expired\n    holdsSeat\n  }\n": typeof types.PendingInvitesTable_InviteFragmentDoc,
    "\n  fragment RolesTable_holder on RoleHolder {\n    effective\n    notEffectiveBecause\n    account {\n      id\n      email\n      status\n    }\n    person {\n      id\n      displayName\n      email\n      status\n    }\n  }\n": typeof types.RolesTable_HolderFragmentDoc,
    "\n  fragment RolesTable_holderPage on RoleHolderConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...RolesTable_holder\n    }\n  }\n": typeof types.RolesTable_HolderPageFragmentDoc,
    "\n  fragment RolesTable_role on AppRole {\n    id\n    name\n    description\n    privilege\n    privilegeSource\n    holders {\n      ...RolesTable_holderPage\n    }\n  }\n": typeof types.RolesTable_RoleFragmentDoc,
    "\n  fragment SeatTypesTable_seatType on AppSeatType {\n    name\n    monthlyCost\n    costSource\n    currency\n    held\n    capacity\n  }\n": typeof types.SeatTypesTable_SeatTypeFragmentDoc,
    "\n  query AppPage($id: ID!) {\n    app(id: $id) {\n      id\n      name\n      findingCount\n      ...AppFacts_app\n      roles {\n        ...RolesTable_role\n      }\n      seatTypes {\n        ...SeatTypesTable_seatType\n      }\n      pendingInviteList {\n        ...PendingInvitesTable_invite\n      }\n      integrations {\n        ...IntegrationsTable_integration\n      }\n      caveats {\n        ...CaveatsList_caveat\n      }\n      findings {\n        ...FindingsTable_finding\n      }\n    }\n    toClassify: rolesAndSeats(appId: $id) {\n      ...ToClassifyCallout_vocabulary\n    }\n  }\n": typeof types.AppPageDocument,
    "\n  query RoleHolders($roleId: ID!, $after: String) {\n    roleHolders(roleId: $roleId, after: $after) {\n      ...RolesTable_holderPage\n    }\n  }\n": typeof types.RoleHoldersDocument,
    "\n  query AppsPage {\n    apps {\n      ...AppsTable_app\n    }\n  }\n": typeof types.AppsPageDocument,
    "\n  fragment AuditChainStatus_chain on AuditChain {\n    ok\n    eventsChecked\n    lastSeq\n    lastHash\n    lastAt\n    firstBroken {\n      seq\n      eventId\n      problem\n      detail\n    }\n    anchorProblems\n    anchoredSeq\n  }\n": typeof types.AuditChainStatus_ChainFragmentDoc,
    "\n  fragment AuditChanges_change on AuditChange {\n    field\n    before\n    after\n  }\n": typeof types.AuditChanges_ChangeFragmentDoc,
    "\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    seq\n    at\n    actorId\n    actorName\n    actorRole\n    action\n    targetType\n    targetId\n    targetName\n    changes {\n      ...AuditChanges_change\n    }\n    hash\n  }\n": typeof types.AuditEventsTable_EventFragmentDoc,
    "\n  query AuditActions {\n    auditActions\n  }\n": typeof types.AuditActionsDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AuditEventsTable_event\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditChain {\n    auditChain {\n      ...AuditChainStatus_chain\n    }\n  }\n": typeof types.AuditChainDocument,
    "\n  fragment FindingsTable_finding on Finding {\n    id\n    type\n    severity\n    reason\n    suggestedAction\n    monthlyCost\n    currency\n    ageDays\n    detectedAt\n    evidence\n    appCaveat\n    app {\n      id\n      name\n    }\n    account {\n      id\n      email\n      status\n    }\n    person {\n      id\n      displayName\n      email\n      status\n    }\n  }\n": typeof types.FindingsTable_FindingFragmentDoc,
    "\n  query FindingsPage($filter: FindingFilter, $sort: FindingSort, $first: Int!, $after: String) {\n    findings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalMonthlyCost\n      currency\n      byType {\n        type\n        count\n        monthlyCost\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...FindingsTable_finding\n      }\n    }\n  }\n": typeof types.FindingsPageDocument,
    "\n  query FindingFilterApps {\n    apps {\n      id\n      name\n    }\n  }\n": typeof types.FindingFilterAppsDocument,
    "\n  query FindingNeighbourhood($id: ID!) {\n    finding(id: $id) {\n      id\n      neighbourhood {\n        nodes {\n          id\n          kind\n          label\n          flagged\n          href\n        }\n        edges {\n          id\n          source\n          target\n          label\n        }\n      }\n    }\n  }\n": typeof types.FindingNeighbourhoodDocument,
    "\n  query LeaversPage($from: String, $to: String, $outcome: LeaverOutcome, $first: Int, $after: String) {\n    leavers(from: $from, to: $to, outcome: $outcome, first: $first, after: $after) {\n      slaHours\n      leavers\n      withinSla\n      late\n      pending\n      unmeasured\n      percentWithinSla\n      totalRows\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      rows {\n        personId\n        personName\n        terminationDate\n        kind\n        recordId\n        appName\n        accountName\n        status\n        removed\n        deprovisionedAt\n        source\n        hours\n        slaHours\n        outcome\n        findingId\n      }\n    }\n  }\n": typeof types.LeaversPageDocument,
    "\n  fragment FindingKpiCard_total on FindingTotal {\n    type\n    count\n    monthlyCost\n  }\n": typeof types.FindingKpiCard_TotalFragmentDoc,
    "\n  fragment LeaverSlaCard_sla on LeaverSla {\n    slaHours\n    withinSla\n    late\n    percentWithinSla\n  }\n": typeof types.LeaverSlaCard_SlaFragmentDoc,
    "\n  fragment SeatUsageChart_app on AppSeatUsage {\n    appId\n    appName\n    seatsPaid\n    seatsUsed\n    seatsHeld\n    seatsInactive\n    seatsPending\n    seatsOrphaned\n    seatsDuplicate\n    seatsSuspended\n  }\n": typeof types.SeatUsageChart_AppFragmentDoc,
    "\n  fragment StaleSourcesBanner_source on Source {\n    scope\n    kind\n    daysSinceSync\n  }\n": typeof types.StaleSourcesBanner_SourceFragmentDoc,
    "\n  fragment WasteByCause_share on WasteShare {\n    type\n    seats\n    monthlyCost\n  }\n": typeof types.WasteByCause_ShareFragmentDoc,
    "\n  fragment WasteChart_app on AppSeatUsage {\n    appId\n    appName\n    currency\n    monthlyWaste\n    yearlyWaste\n    wasteByCause {\n      type\n      seats\n      monthlyCost\n    }\n  }\n": typeof types.WasteChart_AppFragmentDoc,
    "\n  query OverviewPage {\n    overview {\n      asOf\n      currency\n      people\n      activePeople\n      apps\n      accounts\n      seatsPaid\n      seatsUsed\n      monthlySpend\n      monthlyWaste\n      yearlyWaste\n      wasteByCause {\n        ...WasteByCause_share\n      }\n      findingCounts {\n        ...FindingKpiCard_total\n      }\n      perApp {\n        appId\n        ...SeatUsageChart_app\n        ...WasteChart_app\n      }\n      staleSources {\n        ...StaleSourcesBanner_source\n      }\n    }\n  }\n": typeof types.OverviewPageDocument,
    "\n  query LeaverSlaCard {\n    recentLeaverSla {\n      ...LeaverSlaCard_sla\n    }\n  }\n": typeof types.LeaverSlaCardDocument,
    "\n  fragment KpiTrendChart_quarter on QuarterTrend {\n    label\n    start\n    end\n    dayCount\n    days {\n      day\n      dayOfQuarter\n      snapshot {\n        id\n        monthlyWaste\n        findingCounts {\n          type\n          count\n        }\n      }\n    }\n  }\n": typeof types.KpiTrendChart_QuarterFragmentDoc,
    "\n  query KpiQuarters {\n    kpiQuarters {\n      thisQuarter {\n        ...KpiTrendChart_quarter\n      }\n      lastQuarter {\n        ...KpiTrendChart_quarter\n      }\n    }\n  }\n": typeof types.KpiQuartersDocument,
    "\n  query ActivityHistogram {\n    activityHistogram {\n      range\n      minDays\n      accounts\n    }\n  }\n": typeof types.ActivityHistogramDocument,
    "\n  fragment OwnershipChange_change on OwnershipChange {\n    record {\n      id\n      recordType\n      label\n      appName\n    }\n    owner {\n      id\n      displayName\n      email\n      status\n    }\n    linkReason\n    findingCount\n  }\n": typeof types.OwnershipChange_ChangeFragmentDoc,
    "\n  mutation LinkOwner($input: LinkOwnerInput!) {\n    linkOwner(input: $input) {\n      ...OwnershipChange_change\n    }\n  }\n": typeof types.LinkOwnerDocument,
    "\n  mutation UnlinkOwner($input: UnlinkOwnerInput!) {\n    unlinkOwner(input: $input) {\n      ...OwnershipChange_change\n    }\n  }\n": typeof types.UnlinkOwnerDocument,
    "\n  mutation MarkAccountKind($input: MarkAccountKindInput!) {\n    markAccountKind(input: $input) {\n      ...OwnershipChange_change\n    }\n  }\n": typeof types.MarkAccountKindDocument,
    "\n  mutation ResetOwnership($recordId: ID!) {\n    resetOwnership(recordId: $recordId) {\n      ...OwnershipChange_change\n    }\n  }\n": typeof types.ResetOwnershipDocument,
    "\n  query ReviewQueuePage($first: Int!, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        displayName\n        reason\n        record {\n          id\n          recordType\n          label\n          appName\n        }\n        candidateDetails {\n          employeeId\n          department\n          title\n          matchedOn\n          person {\n            id\n            displayName\n            email\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueuePageDocument,
    "\n  query PersonPicker($search: String, $first: Int!) {\n    people(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n        employeeId\n        department\n        title\n        status\n      }\n    }\n  }\n": typeof types.PersonPickerDocument,
    "\n  fragment IdentitiesTable_identity on Identity {\n    id\n    idp\n    login\n    email\n    status\n    lastLoginAt\n    lastLoginKnown\n    isAdmin\n    groups\n  }\n": typeof types.IdentitiesTable_IdentityFragmentDoc,
    "\n  fragment ManagerChain_person on Person {\n    id\n    displayName\n    title\n    status\n  }\n": typeof types.ManagerChain_PersonFragmentDoc,
    "\n  fragment PeopleTable_person on Person {\n    id\n    displayName\n    email\n    employeeId\n    department\n    title\n    status\n    accountCount\n    findingCount\n  }\n": typeof types.PeopleTable_PersonFragmentDoc,
    "\n  fragment PersonAccountsTable_account on PersonAccount {\n    id\n    app {\n      id\n      name\n    }\n    email\n    status\n    kind\n    roles\n    privilege\n    seatType\n    lastActiveAt\n    linkReason\n    findings {\n      id\n      type\n      severity\n      reason\n    }\n  }\n": typeof types.PersonAccountsTable_AccountFragmentDoc,
    "\n  fragment PersonFacts_person on PersonDetail {\n    id\n    employeeId\n    email\n    department\n    title\n    status\n    startDate\n    endDate\n    alternateEmails\n  }\n": typeof types.PersonFacts_PersonFragmentDoc,
    "\n  fragment PersonIntegrationsTable_integration on PersonIntegration {\n    id\n    name\n    mode\n    how\n    app {\n      id\n      name\n    }\n    account {\n      id\n      email\n      status\n    }\n    scopes\n    enabledAt\n    lastUsedAt\n    leftBehindFindingId\n  }\n": typeof types.PersonIntegrationsTable_IntegrationFragmentDoc,
    "\n  fragment ReportsList_person on Person {\n    id\n    displayName\n    title\n    status\n  }\n": typeof types.ReportsList_PersonFragmentDoc,
    "\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PeopleTable_person\n      }\n    }\n  }\n": typeof types.PeoplePageDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      findingCount\n      accountCount\n      ...PersonFacts_person\n      managerChain {\n        ...ManagerChain_person\n      }\n      reports {\n        ...ReportsList_person\n      }\n      identities {\n        ...IdentitiesTable_identity\n      }\n      accounts {\n        ...PersonAccountsTable_account\n      }\n      integrations {\n        ...PersonIntegrationsTable_integration\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  fragment AttestTeamForm_teamCampaign on TeamCampaign {\n    campaign {\n      id\n      name\n      period\n      status\n      dueAt\n    }\n    assigned\n    undecided\n    attestable\n    attestableWithJustification\n    flaggedUndecided\n  }\n": typeof types.AttestTeamForm_TeamCampaignFragmentDoc,
    "\n  fragment BurndownChart_day on BurndownDay {\n    date\n    remaining\n    decided\n  }\n": typeof types.BurndownChart_DayFragmentDoc,
    "\n  fragment CampaignFacts_campaign on Campaign {\n    id\n    name\n    period\n    scope\n    scopeAppIds\n    dueAt\n    secondStage\n    remediationDays\n    status\n    owner {\n      id\n      displayName\n      email\n      status\n    }\n    ownerUser {\n      email\n      displayName\n    }\n    createdAt\n    createdByName\n    launchedAt\n    launchedByName\n    closedAt\n    closedByName\n    closeDefault\n    populationCount\n    populationSha256\n    version\n  }\n": typeof types.CampaignFacts_CampaignFragmentDoc,
    "\n  fragment CampaignMessages_notification on CampaignNotification {\n    id\n    channel\n    to\n    toName\n    kind\n    subject\n    status\n    attempts\n    lastError\n    createdAt\n    sentAt\n    nextAttemptAt\n  }\n": typeof types.CampaignMessages_NotificationFragmentDoc,
    "\n  fragment CampaignsTable_campaign on Campaign {\n    id\n    name\n    period\n    scope\n    status\n    dueAt\n    secondStage\n    progress {\n      total\n      decided\n      overdue\n      unassigned\n    }\n  }\n": typeof types.CampaignsTable_CampaignFragmentDoc,
    "\n  fragment OverdueList_reviewer on OverdueReviewer {\n    personId\n    displayName\n    email\n    overdueItems\n    escalatedItems\n    oldestDueAt\n    campaignIds\n  }\n": typeof types.OverdueList_ReviewerFragmentDoc,
    "\n  fragment ProgressBars_reviewer on ReviewerProgress {\n    personId\n    displayName\n    email\n    total\n    decided\n    overdue\n  }\n": typeof types.ProgressBars_ReviewerFragmentDoc,
    "\n  fragment ProgressBars_app on AppProgress {\n    appId\n    appName\n    total\n    decided\n    kept\n    revoked\n    modified\n    monthlyCostRevoked\n  }\n": typeof types.ProgressBars_AppFragmentDoc,
    "\n  fragment TeamMembers_member on TeamMember {\n    id\n    displayName\n    email\n    status\n    title\n    department\n    depth\n    managerId\n    accounts {\n      ...TeamMembers_account\n    }\n  }\n": typeof types.TeamMembers_MemberFragmentDoc,
    "\n  fragment TeamMembers_account on TeamAccount {\n    id\n    email\n    username\n    status\n    kind\n    lastActiveAt\n    appId\n    appName\n    roles {\n      name\n      privilege\n    }\n    findings {\n      type\n      severity\n      reason\n      monthlyCost\n    }\n    recommendation\n    recommendationReason\n    reviewItems {\n      ...ReviewItem_item\n    }\n  }\n": typeof types.TeamMembers_AccountFragmentDoc,
    "\n  query RemediationApply($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      remediationApply {\n        offeredVia\n        action\n        account\n        appName\n        appliedAt\n        appliedByName\n        appliedVia\n        httpStatus\n        outcome\n        ok\n      }\n    }\n  }\n": typeof types.RemediationApplyDocument,
    "\n  mutation ApplyRemediation($itemId: ID!) {\n    applyRemediation(itemId: $itemId) {\n      offeredVia\n      ok\n      httpStatus\n      outcome\n    }\n  }\n": typeof types.ApplyRemediationDocument,
    "\n  fragment ReviewItem_item on AccessReviewItem {\n    id\n    version\n    stage\n    accountId\n    accountEmail\n    appId\n    appName\n    ownerPersonId\n    ownerName\n    privileged\n    flagged\n    monthlyCost\n    recommendation\n    recommendationReason\n    reviewerPersonId\n    reviewerName\n    reviewerReason\n    escalatedAt\n    decision\n    newRole\n    justification\n    decidedAt\n    decidedByName\n    decidedOnBehalfOf\n    decisionSource\n    remediationStatus\n    remediationDueAt\n    remediationDetail\n    overdue\n    keepNeedsJustification\n    viewerCanDecide\n    earlierDecisions {\n      decision\n      decidedByName\n      decidedAt\n    }\n    campaign {\n      id\n      name\n      period\n      status\n      dueAt\n    }\n    snapshot {\n      status\n      kind\n      currency\n      roles {\n        name\n        privilege\n      }\n      findings {\n        type\n        severity\n        reason\n      }\n    }\n  }\n": typeof types.ReviewItem_ItemFragmentDoc,
    "\n  mutation DecideItems($input: DecideItemsInput!) {\n    decideItems(input: $input) {\n      items {\n        ...ReviewItem_item\n      }\n      secondStageItems {\n        ...ReviewItem_item\n      }\n    }\n  }\n": typeof types.DecideItemsDocument,
    "\n  mutation ReassignItems($input: ReassignItemsInput!) {\n    reassignItems(input: $input) {\n      ...ReviewItem_item\n    }\n  }\n": typeof types.ReassignItemsDocument,
    "\n  mutation DelegateMyReviews($input: DelegateReviewsInput!) {\n    delegateMyReviews(input: $input) {\n      moved {\n        ...ReviewItem_item\n      }\n      keptCount\n    }\n  }\n": typeof types.DelegateMyReviewsDocument,
    "\n  mutation AttestTeam($campaignId: ID!, $justification: String) {\n    attestTeam(campaignId: $campaignId, justification: $justification) {\n      attested {\n        ...ReviewItem_item\n      }\n      secondStageItems {\n        ...ReviewItem_item\n      }\n      flaggedRemaining\n      privilegedRemaining\n    }\n  }\n": typeof types.AttestTeamDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFacts_campaign\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation LaunchCampaign($id: ID!) {\n    launchCampaign(id: $id) {\n      ...CampaignFacts_campaign\n    }\n  }\n": typeof types.LaunchCampaignDocument,
    "\n  mutation CloseCampaign($id: ID!, $default: CloseDefault!) {\n    closeCampaign(id: $id, default: $default) {\n      ...CampaignFacts_campaign\n    }\n  }\n": typeof types.CloseCampaignDocument,
    "\n  mutation EscalateOverdue {\n    escalateOverdue {\n      escalated\n      stuck\n    }\n  }\n": typeof types.EscalateOverdueDocument,
    "\n  fragment ReviewViewer on Me {\n    id\n    role\n    personId\n  }\n": typeof types.ReviewViewerFragmentDoc,
    "\n  query CampaignsPage($status: CampaignStatus) {\n    me {\n      ...ReviewViewer\n    }\n    campaigns(status: $status) {\n      ...CampaignsTable_campaign\n    }\n    overdueReviewers {\n      ...OverdueList_reviewer\n    }\n  }\n": typeof types.CampaignsPageDocument,
    "\n  query NewCampaignPage {\n    me {\n      ...ReviewViewer\n      email\n      displayName\n    }\n    apps {\n      id\n      name\n    }\n  }\n": typeof types.NewCampaignPageDocument,
    "\n  query CampaignPage($id: ID!) {\n    me {\n      ...ReviewViewer\n    }\n    campaign(id: $id) {\n      ...CampaignFacts_campaign\n      progress {\n        total\n        decided\n        overdue\n        secondStage\n        unassigned\n        remediationOpen\n        remediationVerified\n        remediationFailed\n        byDecision {\n          decision\n          source\n          count\n        }\n      }\n      reviewerCount\n      progressByReviewer(first: 25) {\n        ...ProgressBars_reviewer\n      }\n      progressByApp {\n        ...ProgressBars_app\n      }\n      burndown {\n        ...BurndownChart_day\n      }\n      overdueReviewers {\n        ...OverdueList_reviewer\n      }\n      notifications {\n        ...CampaignMessages_notification\n      }\n      revoked: items(decision: REVOKE, first: 100) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ReviewItem_item\n        }\n      }\n    }\n  }\n": typeof types.CampaignPageDocument,
    "\n  query CampaignReviewers($id: ID!, $first: Int!) {\n    campaign(id: $id) {\n      id\n      reviewerCount\n      progressByReviewer(first: $first) {\n        ...ProgressBars_reviewer\n      }\n    }\n  }\n": typeof types.CampaignReviewersDocument,
    "\n  query CampaignItems(\n    $id: ID!\n    $reviewerPersonId: ID\n    $appId: ID\n    $decision: ReviewDecisionFilter\n    $flagged: Boolean\n    $stage: Int\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    campaign(id: $id) {\n      id\n      items(\n        reviewerPersonId: $reviewerPersonId\n        appId: $appId\n        decision: $decision\n        flagged: $flagged\n        stage: $stage\n        search: $search\n        first: $first\n        after: $after\n      ) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ReviewItem_item\n        }\n      }\n    }\n  }\n": typeof types.CampaignItemsDocument,
    "\n  query MyReviews($campaignId: ID, $decided: Boolean, $first: Int!, $after: String) {\n    me {\n      ...ReviewViewer\n    }\n    myReviews(campaignId: $campaignId, decided: $decided, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ReviewItem_item\n      }\n    }\n  }\n": typeof types.MyReviewsDocument,
    "\n  query MyTeam($first: Int!, $after: String, $search: String, $flaggedOnly: Boolean!) {\n    me {\n      ...ReviewViewer\n    }\n    myTeam {\n      personId\n      campaigns {\n        ...AttestTeamForm_teamCampaign\n      }\n      people(first: $first, after: $after, search: $search, flaggedOnly: $flaggedOnly) {\n        totalCount\n        accountCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...TeamMembers_member\n        }\n      }\n    }\n  }\n": typeof types.MyTeamDocument,
    "\n  query ReviewItem($id: ID!) {\n    reviewItem(id: $id) {\n      ...ReviewItem_item\n    }\n  }\n": typeof types.ReviewItemDocument,
    "\n  query LaunchPreview($id: ID!) {\n    campaign(id: $id) {\n      id\n      launchPreview {\n        items\n        reviewers\n        unassigned\n      }\n    }\n  }\n": typeof types.LaunchPreviewDocument,
    "\n  query ReviewItemRoles($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      appRoles {\n        name\n        privilege\n      }\n    }\n  }\n": typeof types.ReviewItemRolesDocument,
    "\n  query CampaignSchedulesPage {\n    me {\n      id\n      role\n      personId\n      email\n      displayName\n    }\n    campaignSchedules {\n      id\n      name\n      nameTemplate\n      cadence\n      everyDays\n      firstRunOn\n      nextRunOn\n      scope\n      apps\n      dueInDays\n      owner\n      ownerName\n      lastRunOn\n      lastStatus\n      lastError\n    }\n  }\n": typeof types.CampaignSchedulesPageDocument,
    "\n  mutation AddCampaignSchedule($input: AddCampaignScheduleInput!) {\n    addCampaignSchedule(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCampaignScheduleDocument,
    "\n  mutation RemoveCampaignSchedule($id: ID!) {\n    removeCampaignSchedule(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveCampaignScheduleDocument,
    "\n  fragment ImportForm_kind on ImportKindInfo {\n    kind\n    description\n    needsApp\n  }\n": typeof types.ImportForm_KindFragmentDoc,
    "\n  fragment SourcesTable_source on Source {\n    scope\n    kind\n    lastSyncedAt\n    lastStatus\n    daysSinceSync\n    stale\n    runs\n    reconciling\n  }\n": typeof types.SourcesTable_SourceFragmentDoc,
    "\n  fragment SyncRunsTable_run on SyncRun {\n    id\n    kind\n    scope\n    status\n    files\n    sha256\n    recordsRead\n    added\n    updated\n    unchanged\n    removed\n    complete\n    startedAt\n    durationMs\n    errors\n    notes\n    reconciling\n  }\n": typeof types.SyncRunsTable_RunFragmentDoc,
    "\n  query BatonFiles {\n    batonFiles {\n      name\n      app\n      status\n      error\n      checkedAt\n      importedAt\n      importedSha256\n    }\n  }\n": typeof types.BatonFilesDocument,
    "\n  query Connections {\n    connections {\n      name\n      kind\n      kindLabel\n      baseUrl\n      org\n      everyMinutes\n      lastRunAt\n      lastStatus\n      lastMessage\n      nextRunAt\n      running\n      progress\n    }\n  }\n": typeof types.ConnectionsDocument,
    "\n  query ConnectorKinds {\n    connectorKinds {\n      kind\n      label\n      defaultUrl\n      orgLabel\n      credentialLabel\n      credentialHint\n      credentialMultiline\n    }\n  }\n": typeof types.ConnectorKindsDocument,
    "\n  mutation AddConnection($input: AddConnectionInput!) {\n    addConnection(input: $input) {\n      name\n    }\n  }\n": typeof types.AddConnectionDocument,
    "\n  mutation TestConnection($name: String!) {\n    testConnection(name: $name) {\n      permission\n      ok\n      problem\n    }\n  }\n": typeof types.TestConnectionDocument,
    "\n  mutation SyncConnection($name: String!) {\n    syncConnection(name: $name) {\n      name\n      running\n      progress\n    }\n  }\n": typeof types.SyncConnectionDocument,
    "\n  mutation SetConnectionSchedule($name: String!, $everyMinutes: Int!) {\n    setConnectionSchedule(name: $name, everyMinutes: $everyMinutes) {\n      name\n      everyMinutes\n      nextRunAt\n    }\n  }\n": typeof types.SetConnectionScheduleDocument,
    "\n  mutation RemoveConnection($name: String!) {\n    removeConnection(name: $name)\n  }\n": typeof types.RemoveConnectionDocument,
    "\n  query SourcesPage($first: Int!) {\n    sources {\n      ...SourcesTable_source\n    }\n    syncRuns(first: $first) {\n      ...SyncRunsTable_run\n    }\n  }\n": typeof types.SourcesPageDocument,
    "\n  query ImportKinds {\n    importKinds {\n      ...ImportForm_kind\n    }\n  }\n": typeof types.ImportKindsDocument,
    "\n  query ImportApps {\n    importApps {\n      name\n      catalogKey\n      inGraph\n    }\n  }\n": typeof types.ImportAppsDocument,
    "\n  fragment ToClassifyCallout_vocabulary on AppVocabulary {\n    roles {\n      id\n    }\n    seatTypes {\n      id\n    }\n  }\n": typeof types.ToClassifyCallout_VocabularyFragmentDoc,
    "\n  fragment VocabularyRolesTable_role on VocabularyRole {\n    id\n    name\n    privilege\n    privilegeSource\n    defaultPrivilege\n    holders\n  }\n": typeof types.VocabularyRolesTable_RoleFragmentDoc,
    "\n  fragment VocabularySeatTypesTable_seatType on VocabularySeatType {\n    id\n    name\n    monthlyCost\n    currency\n    costSource\n    defaultMonthlyCost\n    holders\n  }\n": typeof types.VocabularySeatTypesTable_SeatTypeFragmentDoc,
    "\n  mutation ClassifyRole($input: ClassifyRoleInput!) {\n    classifyRole(input: $input) {\n      app {\n        id\n        name\n      }\n      role {\n        ...VocabularyRolesTable_role\n      }\n    }\n  }\n": typeof types.ClassifyRoleDocument,
    "\n  mutation SetSeatCost($input: SetSeatCostInput!) {\n    setSeatCost(input: $input) {\n      app {\n        id\n        name\n      }\n      seatType {\n        ...VocabularySeatTypesTable_seatType\n      }\n    }\n  }\n": typeof types.SetSeatCostDocument,
    "\n  query RolesAndSeatsPage($onlyToClassify: Boolean!, $appId: ID) {\n    rolesAndSeats(onlyToClassify: $onlyToClassify, appId: $appId) {\n      app {\n        id\n        name\n      }\n      catalogKey\n      roles {\n        ...VocabularyRolesTable_role\n      }\n      seatTypes {\n        ...VocabularySeatTypesTable_seatType\n      }\n    }\n  }\n": typeof types.RolesAndSeatsPageDocument,
    "\n  query WebhooksPage {\n    webhookEvents\n    webhooks {\n      id\n      url\n      events\n      createdAt\n    }\n  }\n": typeof types.WebhooksPageDocument,
    "\n  query WebhookDeliveries($first: Int!, $after: String) {\n    webhookDeliveries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        url\n        event\n        status\n        attempts\n        createdAt\n        lastAttemptAt\n        nextAttemptAt\n        lastError\n        statusCode\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation AddWebhook($input: AddWebhookInput!) {\n    addWebhook(input: $input) {\n      signingSecret\n      endpoint {\n        id\n        url\n        events\n        createdAt\n      }\n    }\n  }\n": typeof types.AddWebhookDocument,
    "\n  mutation RemoveWebhook($id: ID!) {\n    removeWebhook(id: $id)\n  }\n": typeof types.RemoveWebhookDocument,
    "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id)\n  }\n": typeof types.RedeliverWebhookDocument,
};
const documents: Documents = {
    "\n  fragment AppFacts_app on AppDetail {\n    id\n    vendor\n    catalogKey\n    plan\n    billingModel\n    billingNote\n    seatsPaid\n    seatsUsed\n    seatsAtUnknownCost\n    seatCap\n    currency\n    monthlySpend\n    monthlyWaste\n    yearlyWaste\n    wasteByCause {\n      type\n      monthlyCost\n    }\n    accounts\n    accountsByStatus {\n      status\n      count\n    }\n    adminCount\n    effectiveAdminCount\n    minimumAdmins\n    pendingInvites\n    ssoEnforced\n    scimEnabled\n    activityData\n    lastSyncedAt\n    owner {\n      id\n      displayName\n      email\n      status\n    }\n  }\n": types.AppFacts_AppFragmentDoc,
    "\n  fragment AppsTable_app on App {\n    id\n    name\n    vendor\n    catalogKey\n    plan\n    billingModel\n    seatsPaid\n    seatsUsed\n    seatCap\n    currency\n    monthlySpend\n    monthlyWaste\n    yearlyWaste\n    wasteByCause {\n      type\n    }\n    effectiveAdminCount\n    minimumAdmins\n    pendingInvites\n    findingCount\n    activityData\n  }\n": types.AppsTable_AppFragmentDoc,
    "\n  fragment CaveatsList_caveat on Caveat {\n    topic\n    text\n  }\n": types.CaveatsList_CaveatFragmentDoc,
    "\n  fragment IntegrationsTable_integration on AppIntegration {\n    id\n    name\n    mode\n    scopes\n    enabledAt\n    lastUsedAt\n    enabledBy {\n      id\n      email\n      status\n    }\n    enabledByPerson {\n      id\n      displayName\n      email\n      status\n    }\n  }\n": types.IntegrationsTable_IntegrationFragmentDoc,
    "\n  fragment PendingInvitesTable_invite on PendingInvite {\n    account {\n      id\n      email\n      status\n    }\n    invitedAt\n    ageDays\n    expired\n    holdsSeat\n  }\n": types.PendingInvitesTable_InviteFragmentDoc,
    "\n  fragment RolesTable_holder on RoleHolder {\n    effective\n    notEffectiveBecause\n    account {\n      id\n      email\n      status\n    }\n    person {\n      id\n      displayName\n      email\n      status\n    }\n  }\n": types.RolesTable_HolderFragmentDoc,
    "\n  fragment RolesTable_holderPage on RoleHolderConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...RolesTable_holder\n    }\n  }\n": types.RolesTable_HolderPageFragmentDoc,
    "\n  fragment RolesTable_role on AppRole {\n    id\n    name\n    description\n    privilege\n    privilegeSource\n    holders {\n      ...RolesTable_holderPage\n    }\n  }\n": types.RolesTable_RoleFragmentDoc,
    "\n  fragment SeatTypesTable_seatType on AppSeatType {\n    name\n    monthlyCost\n    costSource\n    currency\n    held\n    capacity\n  }\n": types.SeatTypesTable_SeatTypeFragmentDoc,
    "\n  query AppPage($id: ID!) {\n    app(id: $id) {\n      id\n      name\n      findingCount\n      ...AppFacts_app\n      roles {\n        ...RolesTable_role\n      }\n      seatTypes {\n        ...SeatTypesTable_seatType\n      }\n      pendingInviteList {\n        ...PendingInvitesTable_invite\n      }\n      integrations {\n        ...IntegrationsTable_integration\n      }\n      caveats {\n        ...CaveatsList_caveat\n      }\n      findings {\n        ...FindingsTable_finding\n      }\n    }\n    toClassify: rolesAndSeats(appId: $id) {\n      ...ToClassifyCallout_vocabulary\n    }\n  }\n": types.AppPageDocument,
    "\n  query RoleHolders($roleId: ID!, $after: String) {\n    roleHolders(roleId: $roleId, after: $after) {\n      ...RolesTable_holderPage\n    }\n  }\n": types.RoleHoldersDocument,
    "\n  query AppsPage {\n    apps {\n      ...AppsTable_app\n    }\n  }\n": types.AppsPageDocument,
    "\n  fragment AuditChainStatus_chain on AuditChain {\n    ok\n    eventsChecked\n    lastSeq\n    lastHash\n    lastAt\n    firstBroken {\n      seq\n      eventId\n      problem\n      detail\n    }\n    anchorProblems\n    anchoredSeq\n  }\n": types.AuditChainStatus_ChainFragmentDoc,
    "\n  fragment AuditChanges_change on AuditChange {\n    field\n    before\n    after\n  }\n": types.AuditChanges_ChangeFragmentDoc,
    "\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    seq\n    at\n    actorId\n    actorName\n    actorRole\n    action\n    targetType\n    targetId\n    targetName\n    changes {\n      ...AuditChanges_change\n    }\n    hash\n  }\n": types.AuditEventsTable_EventFragmentDoc,
    "\n  query AuditActions {\n    auditActions\n  }\n": types.AuditActionsDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AuditEventsTable_event\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditChain {\n    auditChain {\n      ...AuditChainStatus_chain\n    }\n  }\n": types.AuditChainDocument,
    "\n  fragment FindingsTable_finding on Finding {\n    id\n    type\n    severity\n    reason\n    suggestedAction\n    monthlyCost\n    currency\n    ageDays\n    detectedAt\n    evidence\n    appCaveat\n    app {\n      id\n      name\n    }\n    account {\n      id\n      email\n      status\n    }\n    person {\n      id\n      displayName\n      email\n      status\n    }\n  }\n": types.FindingsTable_FindingFragmentDoc,
    "\n  query FindingsPage($filter: FindingFilter, $sort: FindingSort, $first: Int!, $after: String) {\n    findings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalMonthlyCost\n      currency\n      byType {\n        type\n        count\n        monthlyCost\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...FindingsTable_finding\n      }\n    }\n  }\n": types.FindingsPageDocument,
    "\n  query FindingFilterApps {\n    apps {\n      id\n      name\n    }\n  }\n": types.FindingFilterAppsDocument,
    "\n  query FindingNeighbourhood($id: ID!) {\n    finding(id: $id) {\n      id\n      neighbourhood {\n        nodes {\n          id\n          kind\n          label\n          flagged\n          href\n        }\n        edges {\n          id\n          source\n          target\n          label\n        }\n      }\n    }\n  }\n": types.FindingNeighbourhoodDocument,
    "\n  query LeaversPage($from: String, $to: String, $outcome: LeaverOutcome, $first: Int, $after: String) {\n    leavers(from: $from, to: $to, outcome: $outcome, first: $first, after: $after) {\n      slaHours\n      leavers\n      withinSla\n      late\n      pending\n      unmeasured\n      percentWithinSla\n      totalRows\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      rows {\n        personId\n        personName\n        terminationDate\n        kind\n        recordId\n        appName\n        accountName\n        status\n        removed\n        deprovisionedAt\n        source\n        hours\n        slaHours\n        outcome\n        findingId\n      }\n    }\n  }\n": types.LeaversPageDocument,
    "\n  fragment FindingKpiCard_total on FindingTotal {\n    type\n    count\n    monthlyCost\n  }\n": types.FindingKpiCard_TotalFragmentDoc,
    "\n  fragment LeaverSlaCard_sla on LeaverSla {\n    slaHours\n    withinSla\n    late\n    percentWithinSla\n  }\n": types.LeaverSlaCard_SlaFragmentDoc,
    "\n  fragment SeatUsageChart_app on AppSeatUsage {\n    appId\n    appName\n    seatsPaid\n    seatsUsed\n    seatsHeld\n    seatsInactive\n    seatsPending\n    seatsOrphaned\n    seatsDuplicate\n    seatsSuspended\n  }\n": types.SeatUsageChart_AppFragmentDoc,
    "\n  fragment StaleSourcesBanner_source on Source {\n    scope\n    kind\n    daysSinceSync\n  }\n": types.StaleSourcesBanner_SourceFragmentDoc,
    "\n  fragment WasteByCause_share on WasteShare {\n    type\n    seats\n    monthlyCost\n  }\n": types.WasteByCause_ShareFragmentDoc,
    "\n  fragment WasteChart_app on AppSeatUsage {\n    appId\n    appName\n    currency\n    monthlyWaste\n    yearlyWaste\n    wasteByCause {\n      type\n      seats\n      monthlyCost\n    }\n  }\n": types.WasteChart_AppFragmentDoc,
    "\n  query OverviewPage {\n    overview {\n      asOf\n      currency\n      people\n      activePeople\n      apps\n      accounts\n      seatsPaid\n      seatsUsed\n      monthlySpend\n      monthlyWaste\n      yearlyWaste\n      wasteByCause {\n        ...WasteByCause_share\n      }\n      findingCounts {\n        ...FindingKpiCard_total\n      }\n      perApp {\n        appId\n        ...SeatUsageChart_app\n        ...WasteChart_app\n      }\n      staleSources {\n        ...StaleSourcesBanner_source\n      }\n    }\n  }\n": types.OverviewPageDocument,
    "\n  query LeaverSlaCard {\n    recentLeaverSla {\n      ...LeaverSlaCard_sla\n    }\n  }\n": types.LeaverSlaCardDocument,
    "\n  fragment KpiTrendChart_quarter on QuarterTrend {\n    label\n    start\n    end\n    dayCount\n    days {\n      day\n      dayOfQuarter\n      snapshot {\n        id\n        monthlyWaste\n        findingCounts {\n          type\n          count\n        }\n      }\n    }\n  }\n": types.KpiTrendChart_QuarterFragmentDoc,
    "\n  query KpiQuarters {\n    kpiQuarters {\n      thisQuarter {\n        ...KpiTrendChart_quarter\n      }\n      lastQuarter {\n        ...KpiTrendChart_quarter\n      }\n    }\n  }\n": types.KpiQuartersDocument,
    "\n  query ActivityHistogram {\n    activityHistogram {\n      range\n      minDays\n      accounts\n    }\n  }\n": types.ActivityHistogramDocument,
    "\n  fragment OwnershipChange_change on OwnershipChange {\n    record {\n      id\n      recordType\n      label\n      appName\n    }\n    owner {\n      id\n      displayName\n      email\n      status\n    }\n    linkReason\n    findingCount\n  }\n": types.OwnershipChange_ChangeFragmentDoc,
    "\n  mutation LinkOwner($input: LinkOwnerInput!) {\n    linkOwner(input: $input) {\n      ...OwnershipChange_change\n    }\n  }\n": types.LinkOwnerDocument,
    "\n  mutation UnlinkOwner($input: UnlinkOwnerInput!) {\n    unlinkOwner(input: $input) {\n      ...OwnershipChange_change\n    }\n  }\n": types.UnlinkOwnerDocument,
    "\n  mutation MarkAccountKind($input: MarkAccountKindInput!) {\n    markAccountKind(input: $input) {\n      ...OwnershipChange_change\n    }\n  }\n": types.MarkAccountKindDocument,
    "\n  mutation ResetOwnership($recordId: ID!) {\n    resetOwnership(recordId: $recordId) {\n      ...OwnershipChange_change\n    }\n  }\n": types.ResetOwnershipDocument,
    "\n  query ReviewQueuePage($first: Int!, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        displayName\n        reason\n        record {\n          id\n          recordType\n          label\n          appName\n        }\n        candidateDetails {\n          employeeId\n          department\n          title\n          matchedOn\n          person {\n            id\n            displayName\n            email\n            status\n          }\n        }\n      }\n    }\n  }\n": types.ReviewQueuePageDocument,
    "\n  query PersonPicker($search: String, $first: Int!) {\n    people(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n        employeeId\n        department\n        title\n        status\n      }\n    }\n  }\n": types.PersonPickerDocument,
    "\n  fragment IdentitiesTable_identity on Identity {\n    id\n    idp\n    login\n    email\n    status\n    lastLoginAt\n    lastLoginKnown\n    isAdmin\n    groups\n  }\n": types.IdentitiesTable_IdentityFragmentDoc,
    "\n  fragment ManagerChain_person on Person {\n    id\n    displayName\n    title\n    status\n  }\n": types.ManagerChain_PersonFragmentDoc,
    "\n  fragment PeopleTable_person on Person {\n    id\n    displayName\n    email\n    employeeId\n    department\n    title\n    status\n    accountCount\n    findingCount\n  }\n": types.PeopleTable_PersonFragmentDoc,
    "\n  fragment PersonAccountsTable_account on PersonAccount {\n    id\n    app {\n      id\n      name\n    }\n    email\n    status\n    kind\n    roles\n    privilege\n    seatType\n    lastActiveAt\n    linkReason\n    findings {\n      id\n      type\n      severity\n      reason\n    }\n  }\n": types.PersonAccountsTable_AccountFragmentDoc,
    "\n  fragment PersonFacts_person on PersonDetail {\n    id\n    employeeId\n    email\n    department\n    title\n    status\n    startDate\n    endDate\n    alternateEmails\n  }\n": types.PersonFacts_PersonFragmentDoc,
    "\n  fragment PersonIntegrationsTable_integration on PersonIntegration {\n    id\n    name\n    mode\n    how\n    app {\n      id\n      name\n    }\n    account {\n      id\n      email\n      status\n    }\n    scopes\n    enabledAt\n    lastUsedAt\n    leftBehindFindingId\n  }\n": types.PersonIntegrationsTable_IntegrationFragmentDoc,
    "\n  fragment ReportsList_person on Person {\n    id\n    displayName\n    title\n    status\n  }\n": types.ReportsList_PersonFragmentDoc,
    "\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PeopleTable_person\n      }\n    }\n  }\n": types.PeoplePageDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      findingCount\n      accountCount\n      ...PersonFacts_person\n      managerChain {\n        ...ManagerChain_person\n      }\n      reports {\n        ...ReportsList_person\n      }\n      identities {\n        ...IdentitiesTable_identity\n      }\n      accounts {\n        ...PersonAccountsTable_account\n      }\n      integrations {\n        ...PersonIntegrationsTable_integration\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  fragment AttestTeamForm_teamCampaign on TeamCampaign {\n    campaign {\n      id\n      name\n      period\n      status\n      dueAt\n    }\n    assigned\n    undecided\n    attestable\n    attestableWithJustification\n    flaggedUndecided\n  }\n": types.AttestTeamForm_TeamCampaignFragmentDoc,
    "\n  fragment BurndownChart_day on BurndownDay {\n    date\n    remaining\n    decided\n  }\n": types.BurndownChart_DayFragmentDoc,
    "\n  fragment CampaignFacts_campaign on Campaign {\n    id\n    name\n    period\n    scope\n    scopeAppIds\n    dueAt\n    secondStage\n    remediationDays\n    status\n    owner {\n      id\n      displayName\n      email\n      status\n    }\n    ownerUser {\n      email\n      displayName\n    }\n    createdAt\n    createdByName\n    launchedAt\n    launchedByName\n    closedAt\n    closedByName\n    closeDefault\n    populationCount\n    populationSha256\n    version\n  }\n": types.CampaignFacts_CampaignFragmentDoc,
    "\n  fragment CampaignMessages_notification on CampaignNotification {\n    id\n    channel\n    to\n    toName\n    kind\n    subject\n    status\n    attempts\n    lastError\n    createdAt\n    sentAt\n    nextAttemptAt\n  }\n": types.CampaignMessages_NotificationFragmentDoc,
    "\n  fragment CampaignsTable_campaign on Campaign {\n    id\n    name\n    period\n    scope\n    status\n    dueAt\n    secondStage\n    progress {\n      total\n      decided\n      overdue\n      unassigned\n    }\n  }\n": types.CampaignsTable_CampaignFragmentDoc,
    "\n  fragment OverdueList_reviewer on OverdueReviewer {\n    personId\n    displayName\n    email\n    overdueItems\n    escalatedItems\n    oldestDueAt\n    campaignIds\n  }\n": types.OverdueList_ReviewerFragmentDoc,
    "\n  fragment ProgressBars_reviewer on ReviewerProgress {\n    personId\n    displayName\n    email\n    total\n    decided\n    overdue\n  }\n": types.ProgressBars_ReviewerFragmentDoc,
    "\n  fragment ProgressBars_app on AppProgress {\n    appId\n    appName\n    total\n    decided\n    kept\n    revoked\n    modified\n    monthlyCostRevoked\n  }\n": types.ProgressBars_AppFragmentDoc,
    "\n  fragment TeamMembers_member on TeamMember {\n    id\n    displayName\n    email\n    status\n    title\n    department\n    depth\n    managerId\n    accounts {\n      ...TeamMembers_account\n    }\n  }\n": types.TeamMembers_MemberFragmentDoc,
    "\n  fragment TeamMembers_account on TeamAccount {\n    id\n    email\n    username\n    status\n    kind\n    lastActiveAt\n    appId\n    appName\n    roles {\n      name\n      privilege\n    }\n    findings {\n      type\n      severity\n      reason\n      monthlyCost\n    }\n    recommendation\n    recommendationReason\n    reviewItems {\n      ...ReviewItem_item\n    }\n  }\n": types.TeamMembers_AccountFragmentDoc,
    "\n  query RemediationApply($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      remediationApply {\n        offeredVia\n        action\n        account\n        appName\n        appliedAt\n        appliedByName\n        appliedVia\n        httpStatus\n        outcome\n        ok\n      }\n    }\n  }\n": types.RemediationApplyDocument,
    "\n  mutation ApplyRemediation($itemId: ID!) {\n    applyRemediation(itemId: $itemId) {\n      offeredVia\n      ok\n      httpStatus\n      outcome\n    }\n  }\n": types.ApplyRemediationDocument,
    "\n  fragment ReviewItem_item on AccessReviewItem {\n    id\n    version\n    stage\n    accountId\n    accountEmail\n    appId\n    appName\n    ownerPersonId\n    ownerName\n    privileged\n    flagged\n    monthlyCost\n    recommendation\n    recommendationReason\n    reviewerPersonId\n    reviewerName\n    reviewerReason\n    escalatedAt\n    decision\n    newRole\n    justification\n    decidedAt\n    decidedByName\n    decidedOnBehalfOf\n    decisionSource\n    remediationStatus\n    remediationDueAt\n    remediationDetail\n    overdue\n    keepNeedsJustification\n    viewerCanDecide\n    earlierDecisions {\n      decision\n      decidedByName\n      decidedAt\n    }\n    campaign {\n      id\n      name\n      period\n      status\n      dueAt\n    }\n    snapshot {\n      status\n      kind\n      currency\n      roles {\n        name\n        privilege\n      }\n      findings {\n        type\n        severity\n        reason\n      }\n    }\n  }\n": types.ReviewItem_ItemFragmentDoc,
    "\n  mutation DecideItems($input: DecideItemsInput!) {\n    decideItems(input: $input) {\n      items {\n        ...ReviewItem_item\n      }\n      secondStageItems {\n        ...ReviewItem_item\n      }\n    }\n  }\n": types.DecideItemsDocument,
    "\n  mutation ReassignItems($input: ReassignItemsInput!) {\n    reassignItems(input: $input) {\n      ...ReviewItem_item\n    }\n  }\n": types.ReassignItemsDocument,
    "\n  mutation DelegateMyReviews($input: DelegateReviewsInput!) {\n    delegateMyReviews(input: $input) {\n      moved {\n        ...ReviewItem_item\n      }\n      keptCount\n    }\n  }\n": types.DelegateMyReviewsDocument,
    "\n  mutation AttestTeam($campaignId: ID!, $justification: String) {\n    attestTeam(campaignId: $campaignId, justification: $justification) {\n      attested {\n        ...ReviewItem_item\n      }\n      secondStageItems {\n        ...ReviewItem_item\n      }\n      flaggedRemaining\n      privilegedRemaining\n    }\n  }\n": types.AttestTeamDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFacts_campaign\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation LaunchCampaign($id: ID!) {\n    launchCampaign(id: $id) {\n      ...CampaignFacts_campaign\n    }\n  }\n": types.LaunchCampaignDocument,
    "\n  mutation CloseCampaign($id: ID!, $default: CloseDefault!) {\n    closeCampaign(id: $id, default: $default) {\n      ...CampaignFacts_campaign\n    }\n  }\n": types.CloseCampaignDocument,
    "\n  mutation EscalateOverdue {\n    escalateOverdue {\n      escalated\n      stuck\n    }\n  }\n": types.EscalateOverdueDocument,
    "\n  fragment ReviewViewer on Me {\n    id\n    role\n    personId\n  }\n": types.ReviewViewerFragmentDoc,
    "\n  query CampaignsPage($status: CampaignStatus) {\n    me {\n      ...ReviewViewer\n    }\n    campaigns(status: $status) {\n      ...CampaignsTable_campaign\n    }\n    overdueReviewers {\n      ...OverdueList_reviewer\n    }\n  }\n": types.CampaignsPageDocument,
    "\n  query NewCampaignPage {\n    me {\n      ...ReviewViewer\n      email\n      displayName\n    }\n    apps {\n      id\n      name\n    }\n  }\n": types.NewCampaignPageDocument,
    "\n  query CampaignPage($id: ID!) {\n    me {\n      ...ReviewViewer\n    }\n    campaign(id: $id) {\n      ...CampaignFacts_campaign\n      progress {\n        total\n        decided\n        overdue\n        secondStage\n        unassigned\n        remediationOpen\n        remediationVerified\n        remediationFailed\n        byDecision {\n          decision\n          source\n          count\n        }\n      }\n      reviewerCount\n      progressByReviewer(first: 25) {\n        ...ProgressBars_reviewer\n      }\n      progressByApp {\n        ...ProgressBars_app\n      }\n      burndown {\n        ...BurndownChart_day\n      }\n      overdueReviewers {\n        ...OverdueList_reviewer\n      }\n      notifications {\n        ...CampaignMessages_notification\n      }\n      revoked: items(decision: REVOKE, first: 100) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ReviewItem_item\n        }\n      }\n    }\n  }\n": types.CampaignPageDocument,
    "\n  query CampaignReviewers($id: ID!, $first: Int!) {\n    campaign(id: $id) {\n      id\n      reviewerCount\n      progressByReviewer(first: $first) {\n        ...ProgressBars_reviewer\n      }\n    }\n  }\n": types.CampaignReviewersDocument,
    "\n  query CampaignItems(\n    $id: ID!\n    $reviewerPersonId: ID\n    $appId: ID\n    $decision: ReviewDecisionFilter\n    $flagged: Boolean\n    $stage: Int\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    campaign(id: $id) {\n      id\n      items(\n        reviewerPersonId: $reviewerPersonId\n        appId: $appId\n        decision: $decision\n        flagged: $flagged\n        stage: $stage\n        search: $search\n        first: $first\n        after: $after\n      ) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ReviewItem_item\n        }\n      }\n    }\n  }\n": types.CampaignItemsDocument,
    "\n  query MyReviews($campaignId: ID, $decided: Boolean, $first: Int!, $after: String) {\n    me {\n      ...ReviewViewer\n    }\n    myReviews(campaignId: $campaignId, decided: $decided, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ReviewItem_item\n      }\n    }\n  }\n": types.MyReviewsDocument,
    "\n  query MyTeam($first: Int!, $after: String, $search: String, $flaggedOnly: Boolean!) {\n    me {\n      ...ReviewViewer\n    }\n    myTeam {\n      personId\n      campaigns {\n        ...AttestTeamForm_teamCampaign\n      }\n      people(first: $first, after: $after, search: $search, flaggedOnly: $flaggedOnly) {\n        totalCount\n        accountCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...TeamMembers_member\n        }\n      }\n    }\n  }\n": types.MyTeamDocument,
    "\n  query ReviewItem($id: ID!) {\n    reviewItem(id: $id) {\n      ...ReviewItem_item\n    }\n  }\n": types.ReviewItemDocument,
    "\n  query LaunchPreview($id: ID!) {\n    campaign(id: $id) {\n      id\n      launchPreview {\n        items\n        reviewers\n        unassigned\n      }\n    }\n  }\n": types.LaunchPreviewDocument,
    "\n  query ReviewItemRoles($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      appRoles {\n        name\n        privilege\n      }\n    }\n  }\n": types.ReviewItemRolesDocument,
    "\n  query CampaignSchedulesPage {\n    me {\n      id\n      role\n      personId\n      email\n      displayName\n    }\n    campaignSchedules {\n      id\n      name\n      nameTemplate\n      cadence\n      everyDays\n      firstRunOn\n      nextRunOn\n      scope\n      apps\n      dueInDays\n      owner\n      ownerName\n      lastRunOn\n      lastStatus\n      lastError\n    }\n  }\n": types.CampaignSchedulesPageDocument,
    "\n  mutation AddCampaignSchedule($input: AddCampaignScheduleInput!) {\n    addCampaignSchedule(input: $input) {\n      id\n    }\n  }\n": types.AddCampaignScheduleDocument,
    "\n  mutation RemoveCampaignSchedule($id: ID!) {\n    removeCampaignSchedule(id: $id) {\n      id\n    }\n  }\n": types.RemoveCampaignScheduleDocument,
    "\n  fragment ImportForm_kind on ImportKindInfo {\n    kind\n    description\n    needsApp\n  }\n": types.ImportForm_KindFragmentDoc,
    "\n  fragment SourcesTable_source on Source {\n    scope\n    kind\n    lastSyncedAt\n    lastStatus\n    daysSinceSync\n    stale\n    runs\n    reconciling\n  }\n": types.SourcesTable_SourceFragmentDoc,
    "\n  fragment SyncRunsTable_run on SyncRun {\n    id\n    kind\n    scope\n    status\n    files\n    sha256\n    recordsRead\n    added\n    updated\n    unchanged\n    removed\n    complete\n    startedAt\n    durationMs\n    errors\n    notes\n    reconciling\n  }\n": types.SyncRunsTable_RunFragmentDoc,
    "\n  query BatonFiles {\n    batonFiles {\n      name\n      app\n      status\n      error\n      checkedAt\n      importedAt\n      importedSha256\n    }\n  }\n": types.BatonFilesDocument,
    "\n  query Connections {\n    connections {\n      name\n      kind\n      kindLabel\n      baseUrl\n      org\n      everyMinutes\n      lastRunAt\n      lastStatus\n      lastMessage\n      nextRunAt\n      running\n      progress\n    }\n  }\n": types.ConnectionsDocument,
    "\n  query ConnectorKinds {\n    connectorKinds {\n      kind\n      label\n      defaultUrl\n      orgLabel\n      credentialLabel\n      credentialHint\n      credentialMultiline\n    }\n  }\n": types.ConnectorKindsDocument,
    "\n  mutation AddConnection($input: AddConnectionInput!) {\n    addConnection(input: $input) {\n      name\n    }\n  }\n": types.AddConnectionDocument,
    "\n  mutation TestConnection($name: String!) {\n    testConnection(name: $name) {\n      permission\n      ok\n      problem\n    }\n  }\n": types.TestConnectionDocument,
    "\n  mutation SyncConnection($name: String!) {\n    syncConnection(name: $name) {\n      name\n      running\n      progress\n    }\n  }\n": types.SyncConnectionDocument,
    "\n  mutation SetConnectionSchedule($name: String!, $everyMinutes: Int!) {\n    setConnectionSchedule(name: $name, everyMinutes: $everyMinutes) {\n      name\n      everyMinutes\n      nextRunAt\n    }\n  }\n": types.SetConnectionScheduleDocument,
    "\n  mutation RemoveConnection($name: String!) {\n    removeConnection(name: $name)\n  }\n": types.RemoveConnectionDocument,
    "\n  query SourcesPage($first: Int!) {\n    sources {\n      ...SourcesTable_source\n    }\n    syncRuns(first: $first) {\n      ...SyncRunsTable_run\n    }\n  }\n": types.SourcesPageDocument,
    "\n  query ImportKinds {\n    importKinds {\n      ...ImportForm_kind\n    }\n  }\n": types.ImportKindsDocument,
    "\n  query ImportApps {\n    importApps {\n      name\n      catalogKey\n      inGraph\n    }\n  }\n": types.ImportAppsDocument,
    "\n  fragment ToClassifyCallout_vocabulary on AppVocabulary {\n    roles {\n      id\n    }\n    seatTypes {\n      id\n    }\n  }\n": types.ToClassifyCallout_VocabularyFragmentDoc,
    "\n  fragment VocabularyRolesTable_role on VocabularyRole {\n    id\n    name\n    privilege\n    privilegeSource\n    defaultPrivilege\n    holders\n  }\n": types.VocabularyRolesTable_RoleFragmentDoc,
    "\n  fragment VocabularySeatTypesTable_seatType on VocabularySeatType {\n    id\n    name\n    monthlyCost\n    currency\n    costSource\n    defaultMonthlyCost\n    holders\n  }\n": types.VocabularySeatTypesTable_SeatTypeFragmentDoc,
    "\n  mutation ClassifyRole($input: ClassifyRoleInput!) {\n    classifyRole(input: $input) {\n      app {\n        id\n        name\n      }\n      role {\n        ...VocabularyRolesTable_role\n      }\n    }\n  }\n": types.ClassifyRoleDocument,
    "\n  mutation SetSeatCost($input: SetSeatCostInput!) {\n    setSeatCost(input: $input) {\n      app {\n        id\n        name\n      }\n      seatType {\n        ...VocabularySeatTypesTable_seatType\n      }\n    }\n  }\n": types.SetSeatCostDocument,
    "\n  query RolesAndSeatsPage($onlyToClassify: Boolean!, $appId: ID) {\n    rolesAndSeats(onlyToClassify: $onlyToClassify, appId: $appId) {\n      app {\n        id\n        name\n      }\n      catalogKey\n      roles {\n        ...VocabularyRolesTable_role\n      }\n      seatTypes {\n        ...VocabularySeatTypesTable_seatType\n      }\n    }\n  }\n": types.RolesAndSeatsPageDocument,
    "\n  query WebhooksPage {\n    webhookEvents\n    webhooks {\n      id\n      url\n      events\n      createdAt\n    }\n  }\n": types.WebhooksPageDocument,
    "\n  query WebhookDeliveries($first: Int!, $after: String) {\n    webhookDeliveries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        url\n        event\n        status\n        attempts\n        createdAt\n        lastAttemptAt\n        nextAttemptAt\n        lastError\n        statusCode\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation AddWebhook($input: AddWebhookInput!) {\n    addWebhook(input: $input) {\n      signingSecret\n      endpoint {\n        id\n        url\n        events\n        createdAt\n      }\n    }\n  }\n": types.AddWebhookDocument,
    "\n  mutation RemoveWebhook($id: ID!) {\n    removeWebhook(id: $id)\n  }\n": types.RemoveWebhookDocument,
    "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id)\n  }\n": types.RedeliverWebhookDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppFacts_app on AppDetail {\n    id\n    vendor\n    catalogKey\n    plan\n    billingModel\n    billingNote\n    seatsPaid\n    seatsUsed\n    seatsAtUnknownCost\n    seatCap\n    currency\n    monthlySpend\n    monthlyWaste\n    yearlyWaste\n    wasteByCause {\n      type\n      monthlyCost\n    }\n    accounts\n    accountsByStatus {\n      status\n      count\n    }\n    adminCount\n    effectiveAdminCount\n    minimumAdmins\n    pendingInvites\n    ssoEnforced\n    scimEnabled\n    activityData\n    lastSyncedAt\n    owner {\n      id\n      displayName\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment AppFacts_app on AppDetail {\n    id\n    vendor\n    catalogKey\n    plan\n    billingModel\n    billingNote\n    seatsPaid\n    seatsUsed\n    seatsAtUnknownCost\n    seatCap\n    currency\n    monthlySpend\n    monthlyWaste\n    yearlyWaste\n    wasteByCause {\n      type\n      monthlyCost\n    }\n    accounts\n    accountsByStatus {\n      status\n      count\n    }\n    adminCount\n    effectiveAdminCount\n    minimumAdmins\n    pendingInvites\n    ssoEnforced\n    scimEnabled\n    activityData\n    lastSyncedAt\n    owner {\n      id\n      displayName\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppsTable_app on App {\n    id\n    name\n    vendor\n    catalogKey\n    plan\n    billingModel\n    seatsPaid\n    seatsUsed\n    seatCap\n    currency\n    monthlySpend\n    monthlyWaste\n    yearlyWaste\n    wasteByCause {\n      type\n    }\n    effectiveAdminCount\n    minimumAdmins\n    pendingInvites\n    findingCount\n    activityData\n  }\n"): (typeof documents)["\n  fragment AppsTable_app on App {\n    id\n    name\n    vendor\n    catalogKey\n    plan\n    billingModel\n    seatsPaid\n    seatsUsed\n    seatCap\n    currency\n    monthlySpend\n    monthlyWaste\n    yearlyWaste\n    wasteByCause {\n      type\n    }\n    effectiveAdminCount\n    minimumAdmins\n    pendingInvites\n    findingCount\n    activityData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaveatsList_caveat on Caveat {\n    topic\n    text\n  }\n"): (typeof documents)["\n  fragment CaveatsList_caveat on Caveat {\n    topic\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntegrationsTable_integration on AppIntegration {\n    id\n    name\n    mode\n    scopes\n    enabledAt\n    lastUsedAt\n    enabledBy {\n      id\n      email\n      status\n    }\n    enabledByPerson {\n      id\n      displayName\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment IntegrationsTable_integration on AppIntegration {\n    id\n    name\n    mode\n    scopes\n    enabledAt\n    lastUsedAt\n    enabledBy {\n      id\n      email\n      status\n    }\n    enabledByPerson {\n      id\n      displayName\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PendingInvitesTable_invite on PendingInvite {\n    account {\n      id\n      email\n      status\n    }\n    invitedAt\n    ageDays\n    expired\n    holdsSeat\n  }\n"): (typeof documents)["\n  fragment PendingInvitesTable_invite on PendingInvite {\n    account {\n      id\n      email\n      status\n    }\n    invitedAt\n    ageDays\n    expired\n    holdsSeat\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RolesTable_holder on RoleHolder {\n    effective\n    notEffectiveBecause\n    account {\n      id\n      email\n      status\n    }\n    person {\n      id\n      displayName\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment RolesTable_holder on RoleHolder {\n    effective\n    notEffectiveBecause\n    account {\n      id\n      email\n      status\n    }\n    person {\n      id\n      displayName\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RolesTable_holderPage on RoleHolderConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...RolesTable_holder\n    }\n  }\n"): (typeof documents)["\n  fragment RolesTable_holderPage on RoleHolderConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      ...RolesTable_holder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RolesTable_role on AppRole {\n    id\n    name\n    description\n    privilege\n    privilegeSource\n    holders {\n      ...RolesTable_holderPage\n    }\n  }\n"): (typeof documents)["\n  fragment RolesTable_role on AppRole {\n    id\n    name\n    description\n    privilege\n    privilegeSource\n    holders {\n      ...RolesTable_holderPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeatTypesTable_seatType on AppSeatType {\n    name\n    monthlyCost\n    costSource\n    currency\n    held\n    capacity\n  }\n"): (typeof documents)["\n  fragment SeatTypesTable_seatType on AppSeatType {\n    name\n    monthlyCost\n    costSource\n    currency\n    held\n    capacity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppPage($id: ID!) {\n    app(id: $id) {\n      id\n      name\n      findingCount\n      ...AppFacts_app\n      roles {\n        ...RolesTable_role\n      }\n      seatTypes {\n        ...SeatTypesTable_seatType\n      }\n      pendingInviteList {\n        ...PendingInvitesTable_invite\n      }\n      integrations {\n        ...IntegrationsTable_integration\n      }\n      caveats {\n        ...CaveatsList_caveat\n      }\n      findings {\n        ...FindingsTable_finding\n      }\n    }\n    toClassify: rolesAndSeats(appId: $id) {\n      ...ToClassifyCallout_vocabulary\n    }\n  }\n"): (typeof documents)["\n  query AppPage($id: ID!) {\n    app(id: $id) {\n      id\n      name\n      findingCount\n      ...AppFacts_app\n      roles {\n        ...RolesTable_role\n      }\n      seatTypes {\n        ...SeatTypesTable_seatType\n      }\n      pendingInviteList {\n        ...PendingInvitesTable_invite\n      }\n      integrations {\n        ...IntegrationsTable_integration\n      }\n      caveats {\n        ...CaveatsList_caveat\n      }\n      findings {\n        ...FindingsTable_finding\n      }\n    }\n    toClassify: rolesAndSeats(appId: $id) {\n      ...ToClassifyCallout_vocabulary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleHolders($roleId: ID!, $after: String) {\n    roleHolders(roleId: $roleId, after: $after) {\n      ...RolesTable_holderPage\n    }\n  }\n"): (typeof documents)["\n  query RoleHolders($roleId: ID!, $after: String) {\n    roleHolders(roleId: $roleId, after: $after) {\n      ...RolesTable_holderPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppsPage {\n    apps {\n      ...AppsTable_app\n    }\n  }\n"): (typeof documents)["\n  query AppsPage {\n    apps {\n      ...AppsTable_app\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditChainStatus_chain on AuditChain {\n    ok\n    eventsChecked\n    lastSeq\n    lastHash\n    lastAt\n    firstBroken {\n      seq\n      eventId\n      problem\n      detail\n    }\n    anchorProblems\n    anchoredSeq\n  }\n"): (typeof documents)["\n  fragment AuditChainStatus_chain on AuditChain {\n    ok\n    eventsChecked\n    lastSeq\n    lastHash\n    lastAt\n    firstBroken {\n      seq\n      eventId\n      problem\n      detail\n    }\n    anchorProblems\n    anchoredSeq\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditChanges_change on AuditChange {\n    field\n    before\n    after\n  }\n"): (typeof documents)["\n  fragment AuditChanges_change on AuditChange {\n    field\n    before\n    after\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    seq\n    at\n    actorId\n    actorName\n    actorRole\n    action\n    targetType\n    targetId\n    targetName\n    changes {\n      ...AuditChanges_change\n    }\n    hash\n  }\n"): (typeof documents)["\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    seq\n    at\n    actorId\n    actorName\n    actorRole\n    action\n    targetType\n    targetId\n    targetName\n    changes {\n      ...AuditChanges_change\n    }\n    hash\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActions {\n    auditActions\n  }\n"): (typeof documents)["\n  query AuditActions {\n    auditActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AuditEventsTable_event\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...AuditEventsTable_event\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChain {\n    auditChain {\n      ...AuditChainStatus_chain\n    }\n  }\n"): (typeof documents)["\n  query AuditChain {\n    auditChain {\n      ...AuditChainStatus_chain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingsTable_finding on Finding {\n    id\n    type\n    severity\n    reason\n    suggestedAction\n    monthlyCost\n    currency\n    ageDays\n    detectedAt\n    evidence\n    appCaveat\n    app {\n      id\n      name\n    }\n    account {\n      id\n      email\n      status\n    }\n    person {\n      id\n      displayName\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment FindingsTable_finding on Finding {\n    id\n    type\n    severity\n    reason\n    suggestedAction\n    monthlyCost\n    currency\n    ageDays\n    detectedAt\n    evidence\n    appCaveat\n    app {\n      id\n      name\n    }\n    account {\n      id\n      email\n      status\n    }\n    person {\n      id\n      displayName\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingsPage($filter: FindingFilter, $sort: FindingSort, $first: Int!, $after: String) {\n    findings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalMonthlyCost\n      currency\n      byType {\n        type\n        count\n        monthlyCost\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...FindingsTable_finding\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindingsPage($filter: FindingFilter, $sort: FindingSort, $first: Int!, $after: String) {\n    findings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalMonthlyCost\n      currency\n      byType {\n        type\n        count\n        monthlyCost\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...FindingsTable_finding\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingFilterApps {\n    apps {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query FindingFilterApps {\n    apps {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingNeighbourhood($id: ID!) {\n    finding(id: $id) {\n      id\n      neighbourhood {\n        nodes {\n          id\n          kind\n          label\n          flagged\n          href\n        }\n        edges {\n          id\n          source\n          target\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindingNeighbourhood($id: ID!) {\n    finding(id: $id) {\n      id\n      neighbourhood {\n        nodes {\n          id\n          kind\n          label\n          flagged\n          href\n        }\n        edges {\n          id\n          source\n          target\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaversPage($from: String, $to: String, $outcome: LeaverOutcome, $first: Int, $after: String) {\n    leavers(from: $from, to: $to, outcome: $outcome, first: $first, after: $after) {\n      slaHours\n      leavers\n      withinSla\n      late\n      pending\n      unmeasured\n      percentWithinSla\n      totalRows\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      rows {\n        personId\n        personName\n        terminationDate\n        kind\n        recordId\n        appName\n        accountName\n        status\n        removed\n        deprovisionedAt\n        source\n        hours\n        slaHours\n        outcome\n        findingId\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeaversPage($from: String, $to: String, $outcome: LeaverOutcome, $first: Int, $after: String) {\n    leavers(from: $from, to: $to, outcome: $outcome, first: $first, after: $after) {\n      slaHours\n      leavers\n      withinSla\n      late\n      pending\n      unmeasured\n      percentWithinSla\n      totalRows\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      rows {\n        personId\n        personName\n        terminationDate\n        kind\n        recordId\n        appName\n        accountName\n        status\n        removed\n        deprovisionedAt\n        source\n        hours\n        slaHours\n        outcome\n        findingId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingKpiCard_total on FindingTotal {\n    type\n    count\n    monthlyCost\n  }\n"): (typeof documents)["\n  fragment FindingKpiCard_total on FindingTotal {\n    type\n    count\n    monthlyCost\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeaverSlaCard_sla on LeaverSla {\n    slaHours\n    withinSla\n    late\n    percentWithinSla\n  }\n"): (typeof documents)["\n  fragment LeaverSlaCard_sla on LeaverSla {\n    slaHours\n    withinSla\n    late\n    percentWithinSla\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeatUsageChart_app on AppSeatUsage {\n    appId\n    appName\n    seatsPaid\n    seatsUsed\n    seatsHeld\n    seatsInactive\n    seatsPending\n    seatsOrphaned\n    seatsDuplicate\n    seatsSuspended\n  }\n"): (typeof documents)["\n  fragment SeatUsageChart_app on AppSeatUsage {\n    appId\n    appName\n    seatsPaid\n    seatsUsed\n    seatsHeld\n    seatsInactive\n    seatsPending\n    seatsOrphaned\n    seatsDuplicate\n    seatsSuspended\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaleSourcesBanner_source on Source {\n    scope\n    kind\n    daysSinceSync\n  }\n"): (typeof documents)["\n  fragment StaleSourcesBanner_source on Source {\n    scope\n    kind\n    daysSinceSync\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WasteByCause_share on WasteShare {\n    type\n    seats\n    monthlyCost\n  }\n"): (typeof documents)["\n  fragment WasteByCause_share on WasteShare {\n    type\n    seats\n    monthlyCost\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WasteChart_app on AppSeatUsage {\n    appId\n    appName\n    currency\n    monthlyWaste\n    yearlyWaste\n    wasteByCause {\n      type\n      seats\n      monthlyCost\n    }\n  }\n"): (typeof documents)["\n  fragment WasteChart_app on AppSeatUsage {\n    appId\n    appName\n    currency\n    monthlyWaste\n    yearlyWaste\n    wasteByCause {\n      type\n      seats\n      monthlyCost\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewPage {\n    overview {\n      asOf\n      currency\n      people\n      activePeople\n      apps\n      accounts\n      seatsPaid\n      seatsUsed\n      monthlySpend\n      monthlyWaste\n      yearlyWaste\n      wasteByCause {\n        ...WasteByCause_share\n      }\n      findingCounts {\n        ...FindingKpiCard_total\n      }\n      perApp {\n        appId\n        ...SeatUsageChart_app\n        ...WasteChart_app\n      }\n      staleSources {\n        ...StaleSourcesBanner_source\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewPage {\n    overview {\n      asOf\n      currency\n      people\n      activePeople\n      apps\n      accounts\n      seatsPaid\n      seatsUsed\n      monthlySpend\n      monthlyWaste\n      yearlyWaste\n      wasteByCause {\n        ...WasteByCause_share\n      }\n      findingCounts {\n        ...FindingKpiCard_total\n      }\n      perApp {\n        appId\n        ...SeatUsageChart_app\n        ...WasteChart_app\n      }\n      staleSources {\n        ...StaleSourcesBanner_source\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaverSlaCard {\n    recentLeaverSla {\n      ...LeaverSlaCard_sla\n    }\n  }\n"): (typeof documents)["\n  query LeaverSlaCard {\n    recentLeaverSla {\n      ...LeaverSlaCard_sla\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiTrendChart_quarter on QuarterTrend {\n    label\n    start\n    end\n    dayCount\n    days {\n      day\n      dayOfQuarter\n      snapshot {\n        id\n        monthlyWaste\n        findingCounts {\n          type\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment KpiTrendChart_quarter on QuarterTrend {\n    label\n    start\n    end\n    dayCount\n    days {\n      day\n      dayOfQuarter\n      snapshot {\n        id\n        monthlyWaste\n        findingCounts {\n          type\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiQuarters {\n    kpiQuarters {\n      thisQuarter {\n        ...KpiTrendChart_quarter\n      }\n      lastQuarter {\n        ...KpiTrendChart_quarter\n      }\n    }\n  }\n"): (typeof documents)["\n  query KpiQuarters {\n    kpiQuarters {\n      thisQuarter {\n        ...KpiTrendChart_quarter\n      }\n      lastQuarter {\n        ...KpiTrendChart_quarter\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityHistogram {\n    activityHistogram {\n      range\n      minDays\n      accounts\n    }\n  }\n"): (typeof documents)["\n  query ActivityHistogram {\n    activityHistogram {\n      range\n      minDays\n      accounts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwnershipChange_change on OwnershipChange {\n    record {\n      id\n      recordType\n      label\n      appName\n    }\n    owner {\n      id\n      displayName\n      email\n      status\n    }\n    linkReason\n    findingCount\n  }\n"): (typeof documents)["\n  fragment OwnershipChange_change on OwnershipChange {\n    record {\n      id\n      recordType\n      label\n      appName\n    }\n    owner {\n      id\n      displayName\n      email\n      status\n    }\n    linkReason\n    findingCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkOwner($input: LinkOwnerInput!) {\n    linkOwner(input: $input) {\n      ...OwnershipChange_change\n    }\n  }\n"): (typeof documents)["\n  mutation LinkOwner($input: LinkOwnerInput!) {\n    linkOwner(input: $input) {\n      ...OwnershipChange_change\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkOwner($input: UnlinkOwnerInput!) {\n    unlinkOwner(input: $input) {\n      ...OwnershipChange_change\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkOwner($input: UnlinkOwnerInput!) {\n    unlinkOwner(input: $input) {\n      ...OwnershipChange_change\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAccountKind($input: MarkAccountKindInput!) {\n    markAccountKind(input: $input) {\n      ...OwnershipChange_change\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAccountKind($input: MarkAccountKindInput!) {\n    markAccountKind(input: $input) {\n      ...OwnershipChange_change\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetOwnership($recordId: ID!) {\n    resetOwnership(recordId: $recordId) {\n      ...OwnershipChange_change\n    }\n  }\n"): (typeof documents)["\n  mutation ResetOwnership($recordId: ID!) {\n    resetOwnership(recordId: $recordId) {\n      ...OwnershipChange_change\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueuePage($first: Int!, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        displayName\n        reason\n        record {\n          id\n          recordType\n          label\n          appName\n        }\n        candidateDetails {\n          employeeId\n          department\n          title\n          matchedOn\n          person {\n            id\n            displayName\n            email\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueuePage($first: Int!, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        displayName\n        reason\n        record {\n          id\n          recordType\n          label\n          appName\n        }\n        candidateDetails {\n          employeeId\n          department\n          title\n          matchedOn\n          person {\n            id\n            displayName\n            email\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPicker($search: String, $first: Int!) {\n    people(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n        employeeId\n        department\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPicker($search: String, $first: Int!) {\n    people(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        displayName\n        email\n        employeeId\n        department\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdentitiesTable_identity on Identity {\n    id\n    idp\n    login\n    email\n    status\n    lastLoginAt\n    lastLoginKnown\n    isAdmin\n    groups\n  }\n"): (typeof documents)["\n  fragment IdentitiesTable_identity on Identity {\n    id\n    idp\n    login\n    email\n    status\n    lastLoginAt\n    lastLoginKnown\n    isAdmin\n    groups\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagerChain_person on Person {\n    id\n    displayName\n    title\n    status\n  }\n"): (typeof documents)["\n  fragment ManagerChain_person on Person {\n    id\n    displayName\n    title\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeopleTable_person on Person {\n    id\n    displayName\n    email\n    employeeId\n    department\n    title\n    status\n    accountCount\n    findingCount\n  }\n"): (typeof documents)["\n  fragment PeopleTable_person on Person {\n    id\n    displayName\n    email\n    employeeId\n    department\n    title\n    status\n    accountCount\n    findingCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonAccountsTable_account on PersonAccount {\n    id\n    app {\n      id\n      name\n    }\n    email\n    status\n    kind\n    roles\n    privilege\n    seatType\n    lastActiveAt\n    linkReason\n    findings {\n      id\n      type\n      severity\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment PersonAccountsTable_account on PersonAccount {\n    id\n    app {\n      id\n      name\n    }\n    email\n    status\n    kind\n    roles\n    privilege\n    seatType\n    lastActiveAt\n    linkReason\n    findings {\n      id\n      type\n      severity\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFacts_person on PersonDetail {\n    id\n    employeeId\n    email\n    department\n    title\n    status\n    startDate\n    endDate\n    alternateEmails\n  }\n"): (typeof documents)["\n  fragment PersonFacts_person on PersonDetail {\n    id\n    employeeId\n    email\n    department\n    title\n    status\n    startDate\n    endDate\n    alternateEmails\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonIntegrationsTable_integration on PersonIntegration {\n    id\n    name\n    mode\n    how\n    app {\n      id\n      name\n    }\n    account {\n      id\n      email\n      status\n    }\n    scopes\n    enabledAt\n    lastUsedAt\n    leftBehindFindingId\n  }\n"): (typeof documents)["\n  fragment PersonIntegrationsTable_integration on PersonIntegration {\n    id\n    name\n    mode\n    how\n    app {\n      id\n      name\n    }\n    account {\n      id\n      email\n      status\n    }\n    scopes\n    enabledAt\n    lastUsedAt\n    leftBehindFindingId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportsList_person on Person {\n    id\n    displayName\n    title\n    status\n  }\n"): (typeof documents)["\n  fragment ReportsList_person on Person {\n    id\n    displayName\n    title\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PeopleTable_person\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeoplePage($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...PeopleTable_person\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      findingCount\n      accountCount\n      ...PersonFacts_person\n      managerChain {\n        ...ManagerChain_person\n      }\n      reports {\n        ...ReportsList_person\n      }\n      identities {\n        ...IdentitiesTable_identity\n      }\n      accounts {\n        ...PersonAccountsTable_account\n      }\n      integrations {\n        ...PersonIntegrationsTable_integration\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      findingCount\n      accountCount\n      ...PersonFacts_person\n      managerChain {\n        ...ManagerChain_person\n      }\n      reports {\n        ...ReportsList_person\n      }\n      identities {\n        ...IdentitiesTable_identity\n      }\n      accounts {\n        ...PersonAccountsTable_account\n      }\n      integrations {\n        ...PersonIntegrationsTable_integration\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttestTeamForm_teamCampaign on TeamCampaign {\n    campaign {\n      id\n      name\n      period\n      status\n      dueAt\n    }\n    assigned\n    undecided\n    attestable\n    attestableWithJustification\n    flaggedUndecided\n  }\n"): (typeof documents)["\n  fragment AttestTeamForm_teamCampaign on TeamCampaign {\n    campaign {\n      id\n      name\n      period\n      status\n      dueAt\n    }\n    assigned\n    undecided\n    attestable\n    attestableWithJustification\n    flaggedUndecided\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BurndownChart_day on BurndownDay {\n    date\n    remaining\n    decided\n  }\n"): (typeof documents)["\n  fragment BurndownChart_day on BurndownDay {\n    date\n    remaining\n    decided\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFacts_campaign on Campaign {\n    id\n    name\n    period\n    scope\n    scopeAppIds\n    dueAt\n    secondStage\n    remediationDays\n    status\n    owner {\n      id\n      displayName\n      email\n      status\n    }\n    ownerUser {\n      email\n      displayName\n    }\n    createdAt\n    createdByName\n    launchedAt\n    launchedByName\n    closedAt\n    closedByName\n    closeDefault\n    populationCount\n    populationSha256\n    version\n  }\n"): (typeof documents)["\n  fragment CampaignFacts_campaign on Campaign {\n    id\n    name\n    period\n    scope\n    scopeAppIds\n    dueAt\n    secondStage\n    remediationDays\n    status\n    owner {\n      id\n      displayName\n      email\n      status\n    }\n    ownerUser {\n      email\n      displayName\n    }\n    createdAt\n    createdByName\n    launchedAt\n    launchedByName\n    closedAt\n    closedByName\n    closeDefault\n    populationCount\n    populationSha256\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignMessages_notification on CampaignNotification {\n    id\n    channel\n    to\n    toName\n    kind\n    subject\n    status\n    attempts\n    lastError\n    createdAt\n    sentAt\n    nextAttemptAt\n  }\n"): (typeof documents)["\n  fragment CampaignMessages_notification on CampaignNotification {\n    id\n    channel\n    to\n    toName\n    kind\n    subject\n    status\n    attempts\n    lastError\n    createdAt\n    sentAt\n    nextAttemptAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignsTable_campaign on Campaign {\n    id\n    name\n    period\n    scope\n    status\n    dueAt\n    secondStage\n    progress {\n      total\n      decided\n      overdue\n      unassigned\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignsTable_campaign on Campaign {\n    id\n    name\n    period\n    scope\n    status\n    dueAt\n    secondStage\n    progress {\n      total\n      decided\n      overdue\n      unassigned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverdueList_reviewer on OverdueReviewer {\n    personId\n    displayName\n    email\n    overdueItems\n    escalatedItems\n    oldestDueAt\n    campaignIds\n  }\n"): (typeof documents)["\n  fragment OverdueList_reviewer on OverdueReviewer {\n    personId\n    displayName\n    email\n    overdueItems\n    escalatedItems\n    oldestDueAt\n    campaignIds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressBars_reviewer on ReviewerProgress {\n    personId\n    displayName\n    email\n    total\n    decided\n    overdue\n  }\n"): (typeof documents)["\n  fragment ProgressBars_reviewer on ReviewerProgress {\n    personId\n    displayName\n    email\n    total\n    decided\n    overdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressBars_app on AppProgress {\n    appId\n    appName\n    total\n    decided\n    kept\n    revoked\n    modified\n    monthlyCostRevoked\n  }\n"): (typeof documents)["\n  fragment ProgressBars_app on AppProgress {\n    appId\n    appName\n    total\n    decided\n    kept\n    revoked\n    modified\n    monthlyCostRevoked\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamMembers_member on TeamMember {\n    id\n    displayName\n    email\n    status\n    title\n    department\n    depth\n    managerId\n    accounts {\n      ...TeamMembers_account\n    }\n  }\n"): (typeof documents)["\n  fragment TeamMembers_member on TeamMember {\n    id\n    displayName\n    email\n    status\n    title\n    department\n    depth\n    managerId\n    accounts {\n      ...TeamMembers_account\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamMembers_account on TeamAccount {\n    id\n    email\n    username\n    status\n    kind\n    lastActiveAt\n    appId\n    appName\n    roles {\n      name\n      privilege\n    }\n    findings {\n      type\n      severity\n      reason\n      monthlyCost\n    }\n    recommendation\n    recommendationReason\n    reviewItems {\n      ...ReviewItem_item\n    }\n  }\n"): (typeof documents)["\n  fragment TeamMembers_account on TeamAccount {\n    id\n    email\n    username\n    status\n    kind\n    lastActiveAt\n    appId\n    appName\n    roles {\n      name\n      privilege\n    }\n    findings {\n      type\n      severity\n      reason\n      monthlyCost\n    }\n    recommendation\n    recommendationReason\n    reviewItems {\n      ...ReviewItem_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemediationApply($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      remediationApply {\n        offeredVia\n        action\n        account\n        appName\n        appliedAt\n        appliedByName\n        appliedVia\n        httpStatus\n        outcome\n        ok\n      }\n    }\n  }\n"): (typeof documents)["\n  query RemediationApply($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      remediationApply {\n        offeredVia\n        action\n        account\n        appName\n        appliedAt\n        appliedByName\n        appliedVia\n        httpStatus\n        outcome\n        ok\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyRemediation($itemId: ID!) {\n    applyRemediation(itemId: $itemId) {\n      offeredVia\n      ok\n      httpStatus\n      outcome\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyRemediation($itemId: ID!) {\n    applyRemediation(itemId: $itemId) {\n      offeredVia\n      ok\n      httpStatus\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewItem_item on AccessReviewItem {\n    id\n    version\n    stage\n    accountId\n    accountEmail\n    appId\n    appName\n    ownerPersonId\n    ownerName\n    privileged\n    flagged\n    monthlyCost\n    recommendation\n    recommendationReason\n    reviewerPersonId\n    reviewerName\n    reviewerReason\n    escalatedAt\n    decision\n    newRole\n    justification\n    decidedAt\n    decidedByName\n    decidedOnBehalfOf\n    decisionSource\n    remediationStatus\n    remediationDueAt\n    remediationDetail\n    overdue\n    keepNeedsJustification\n    viewerCanDecide\n    earlierDecisions {\n      decision\n      decidedByName\n      decidedAt\n    }\n    campaign {\n      id\n      name\n      period\n      status\n      dueAt\n    }\n    snapshot {\n      status\n      kind\n      currency\n      roles {\n        name\n        privilege\n      }\n      findings {\n        type\n        severity\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewItem_item on AccessReviewItem {\n    id\n    version\n    stage\n    accountId\n    accountEmail\n    appId\n    appName\n    ownerPersonId\n    ownerName\n    privileged\n    flagged\n    monthlyCost\n    recommendation\n    recommendationReason\n    reviewerPersonId\n    reviewerName\n    reviewerReason\n    escalatedAt\n    decision\n    newRole\n    justification\n    decidedAt\n    decidedByName\n    decidedOnBehalfOf\n    decisionSource\n    remediationStatus\n    remediationDueAt\n    remediationDetail\n    overdue\n    keepNeedsJustification\n    viewerCanDecide\n    earlierDecisions {\n      decision\n      decidedByName\n      decidedAt\n    }\n    campaign {\n      id\n      name\n      period\n      status\n      dueAt\n    }\n    snapshot {\n      status\n      kind\n      currency\n      roles {\n        name\n        privilege\n      }\n      findings {\n        type\n        severity\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideItems($input: DecideItemsInput!) {\n    decideItems(input: $input) {\n      items {\n        ...ReviewItem_item\n      }\n      secondStageItems {\n        ...ReviewItem_item\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideItems($input: DecideItemsInput!) {\n    decideItems(input: $input) {\n      items {\n        ...ReviewItem_item\n      }\n      secondStageItems {\n        ...ReviewItem_item\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignItems($input: ReassignItemsInput!) {\n    reassignItems(input: $input) {\n      ...ReviewItem_item\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignItems($input: ReassignItemsInput!) {\n    reassignItems(input: $input) {\n      ...ReviewItem_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DelegateMyReviews($input: DelegateReviewsInput!) {\n    delegateMyReviews(input: $input) {\n      moved {\n        ...ReviewItem_item\n      }\n      keptCount\n    }\n  }\n"): (typeof documents)["\n  mutation DelegateMyReviews($input: DelegateReviewsInput!) {\n    delegateMyReviews(input: $input) {\n      moved {\n        ...ReviewItem_item\n      }\n      keptCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttestTeam($campaignId: ID!, $justification: String) {\n    attestTeam(campaignId: $campaignId, justification: $justification) {\n      attested {\n        ...ReviewItem_item\n      }\n      secondStageItems {\n        ...ReviewItem_item\n      }\n      flaggedRemaining\n      privilegedRemaining\n    }\n  }\n"): (typeof documents)["\n  mutation AttestTeam($campaignId: ID!, $justification: String) {\n    attestTeam(campaignId: $campaignId, justification: $justification) {\n      attested {\n        ...ReviewItem_item\n      }\n      secondStageItems {\n        ...ReviewItem_item\n      }\n      flaggedRemaining\n      privilegedRemaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFacts_campaign\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignFacts_campaign\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchCampaign($id: ID!) {\n    launchCampaign(id: $id) {\n      ...CampaignFacts_campaign\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchCampaign($id: ID!) {\n    launchCampaign(id: $id) {\n      ...CampaignFacts_campaign\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCampaign($id: ID!, $default: CloseDefault!) {\n    closeCampaign(id: $id, default: $default) {\n      ...CampaignFacts_campaign\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCampaign($id: ID!, $default: CloseDefault!) {\n    closeCampaign(id: $id, default: $default) {\n      ...CampaignFacts_campaign\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateOverdue {\n    escalateOverdue {\n      escalated\n      stuck\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateOverdue {\n    escalateOverdue {\n      escalated\n      stuck\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewViewer on Me {\n    id\n    role\n    personId\n  }\n"): (typeof documents)["\n  fragment ReviewViewer on Me {\n    id\n    role\n    personId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignsPage($status: CampaignStatus) {\n    me {\n      ...ReviewViewer\n    }\n    campaigns(status: $status) {\n      ...CampaignsTable_campaign\n    }\n    overdueReviewers {\n      ...OverdueList_reviewer\n    }\n  }\n"): (typeof documents)["\n  query CampaignsPage($status: CampaignStatus) {\n    me {\n      ...ReviewViewer\n    }\n    campaigns(status: $status) {\n      ...CampaignsTable_campaign\n    }\n    overdueReviewers {\n      ...OverdueList_reviewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewCampaignPage {\n    me {\n      ...ReviewViewer\n      email\n      displayName\n    }\n    apps {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query NewCampaignPage {\n    me {\n      ...ReviewViewer\n      email\n      displayName\n    }\n    apps {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignPage($id: ID!) {\n    me {\n      ...ReviewViewer\n    }\n    campaign(id: $id) {\n      ...CampaignFacts_campaign\n      progress {\n        total\n        decided\n        overdue\n        secondStage\n        unassigned\n        remediationOpen\n        remediationVerified\n        remediationFailed\n        byDecision {\n          decision\n          source\n          count\n        }\n      }\n      reviewerCount\n      progressByReviewer(first: 25) {\n        ...ProgressBars_reviewer\n      }\n      progressByApp {\n        ...ProgressBars_app\n      }\n      burndown {\n        ...BurndownChart_day\n      }\n      overdueReviewers {\n        ...OverdueList_reviewer\n      }\n      notifications {\n        ...CampaignMessages_notification\n      }\n      revoked: items(decision: REVOKE, first: 100) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ReviewItem_item\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignPage($id: ID!) {\n    me {\n      ...ReviewViewer\n    }\n    campaign(id: $id) {\n      ...CampaignFacts_campaign\n      progress {\n        total\n        decided\n        overdue\n        secondStage\n        unassigned\n        remediationOpen\n        remediationVerified\n        remediationFailed\n        byDecision {\n          decision\n          source\n          count\n        }\n      }\n      reviewerCount\n      progressByReviewer(first: 25) {\n        ...ProgressBars_reviewer\n      }\n      progressByApp {\n        ...ProgressBars_app\n      }\n      burndown {\n        ...BurndownChart_day\n      }\n      overdueReviewers {\n        ...OverdueList_reviewer\n      }\n      notifications {\n        ...CampaignMessages_notification\n      }\n      revoked: items(decision: REVOKE, first: 100) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ReviewItem_item\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignReviewers($id: ID!, $first: Int!) {\n    campaign(id: $id) {\n      id\n      reviewerCount\n      progressByReviewer(first: $first) {\n        ...ProgressBars_reviewer\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignReviewers($id: ID!, $first: Int!) {\n    campaign(id: $id) {\n      id\n      reviewerCount\n      progressByReviewer(first: $first) {\n        ...ProgressBars_reviewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignItems(\n    $id: ID!\n    $reviewerPersonId: ID\n    $appId: ID\n    $decision: ReviewDecisionFilter\n    $flagged: Boolean\n    $stage: Int\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    campaign(id: $id) {\n      id\n      items(\n        reviewerPersonId: $reviewerPersonId\n        appId: $appId\n        decision: $decision\n        flagged: $flagged\n        stage: $stage\n        search: $search\n        first: $first\n        after: $after\n      ) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ReviewItem_item\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignItems(\n    $id: ID!\n    $reviewerPersonId: ID\n    $appId: ID\n    $decision: ReviewDecisionFilter\n    $flagged: Boolean\n    $stage: Int\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    campaign(id: $id) {\n      id\n      items(\n        reviewerPersonId: $reviewerPersonId\n        appId: $appId\n        decision: $decision\n        flagged: $flagged\n        stage: $stage\n        search: $search\n        first: $first\n        after: $after\n      ) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...ReviewItem_item\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReviews($campaignId: ID, $decided: Boolean, $first: Int!, $after: String) {\n    me {\n      ...ReviewViewer\n    }\n    myReviews(campaignId: $campaignId, decided: $decided, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ReviewItem_item\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReviews($campaignId: ID, $decided: Boolean, $first: Int!, $after: String) {\n    me {\n      ...ReviewViewer\n    }\n    myReviews(campaignId: $campaignId, decided: $decided, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ReviewItem_item\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTeam($first: Int!, $after: String, $search: String, $flaggedOnly: Boolean!) {\n    me {\n      ...ReviewViewer\n    }\n    myTeam {\n      personId\n      campaigns {\n        ...AttestTeamForm_teamCampaign\n      }\n      people(first: $first, after: $after, search: $search, flaggedOnly: $flaggedOnly) {\n        totalCount\n        accountCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...TeamMembers_member\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTeam($first: Int!, $after: String, $search: String, $flaggedOnly: Boolean!) {\n    me {\n      ...ReviewViewer\n    }\n    myTeam {\n      personId\n      campaigns {\n        ...AttestTeamForm_teamCampaign\n      }\n      people(first: $first, after: $after, search: $search, flaggedOnly: $flaggedOnly) {\n        totalCount\n        accountCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...TeamMembers_member\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewItem($id: ID!) {\n    reviewItem(id: $id) {\n      ...ReviewItem_item\n    }\n  }\n"): (typeof documents)["\n  query ReviewItem($id: ID!) {\n    reviewItem(id: $id) {\n      ...ReviewItem_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LaunchPreview($id: ID!) {\n    campaign(id: $id) {\n      id\n      launchPreview {\n        items\n        reviewers\n        unassigned\n      }\n    }\n  }\n"): (typeof documents)["\n  query LaunchPreview($id: ID!) {\n    campaign(id: $id) {\n      id\n      launchPreview {\n        items\n        reviewers\n        unassigned\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewItemRoles($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      appRoles {\n        name\n        privilege\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewItemRoles($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      appRoles {\n        name\n        privilege\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignSchedulesPage {\n    me {\n      id\n      role\n      personId\n      email\n      displayName\n    }\n    campaignSchedules {\n      id\n      name\n      nameTemplate\n      cadence\n      everyDays\n      firstRunOn\n      nextRunOn\n      scope\n      apps\n      dueInDays\n      owner\n      ownerName\n      lastRunOn\n      lastStatus\n      lastError\n    }\n  }\n"): (typeof documents)["\n  query CampaignSchedulesPage {\n    me {\n      id\n      role\n      personId\n      email\n      displayName\n    }\n    campaignSchedules {\n      id\n      name\n      nameTemplate\n      cadence\n      everyDays\n      firstRunOn\n      nextRunOn\n      scope\n      apps\n      dueInDays\n      owner\n      ownerName\n      lastRunOn\n      lastStatus\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCampaignSchedule($input: AddCampaignScheduleInput!) {\n    addCampaignSchedule(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddCampaignSchedule($input: AddCampaignScheduleInput!) {\n    addCampaignSchedule(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCampaignSchedule($id: ID!) {\n    removeCampaignSchedule(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCampaignSchedule($id: ID!) {\n    removeCampaignSchedule(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportForm_kind on ImportKindInfo {\n    kind\n    description\n    needsApp\n  }\n"): (typeof documents)["\n  fragment ImportForm_kind on ImportKindInfo {\n    kind\n    description\n    needsApp\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourcesTable_source on Source {\n    scope\n    kind\n    lastSyncedAt\n    lastStatus\n    daysSinceSync\n    stale\n    runs\n    reconciling\n  }\n"): (typeof documents)["\n  fragment SourcesTable_source on Source {\n    scope\n    kind\n    lastSyncedAt\n    lastStatus\n    daysSinceSync\n    stale\n    runs\n    reconciling\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SyncRunsTable_run on SyncRun {\n    id\n    kind\n    scope\n    status\n    files\n    sha256\n    recordsRead\n    added\n    updated\n    unchanged\n    removed\n    complete\n    startedAt\n    durationMs\n    errors\n    notes\n    reconciling\n  }\n"): (typeof documents)["\n  fragment SyncRunsTable_run on SyncRun {\n    id\n    kind\n    scope\n    status\n    files\n    sha256\n    recordsRead\n    added\n    updated\n    unchanged\n    removed\n    complete\n    startedAt\n    durationMs\n    errors\n    notes\n    reconciling\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatonFiles {\n    batonFiles {\n      name\n      app\n      status\n      error\n      checkedAt\n      importedAt\n      importedSha256\n    }\n  }\n"): (typeof documents)["\n  query BatonFiles {\n    batonFiles {\n      name\n      app\n      status\n      error\n      checkedAt\n      importedAt\n      importedSha256\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Connections {\n    connections {\n      name\n      kind\n      kindLabel\n      baseUrl\n      org\n      everyMinutes\n      lastRunAt\n      lastStatus\n      lastMessage\n      nextRunAt\n      running\n      progress\n    }\n  }\n"): (typeof documents)["\n  query Connections {\n    connections {\n      name\n      kind\n      kindLabel\n      baseUrl\n      org\n      everyMinutes\n      lastRunAt\n      lastStatus\n      lastMessage\n      nextRunAt\n      running\n      progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectorKinds {\n    connectorKinds {\n      kind\n      label\n      defaultUrl\n      orgLabel\n      credentialLabel\n      credentialHint\n      credentialMultiline\n    }\n  }\n"): (typeof documents)["\n  query ConnectorKinds {\n    connectorKinds {\n      kind\n      label\n      defaultUrl\n      orgLabel\n      credentialLabel\n      credentialHint\n      credentialMultiline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConnection($input: AddConnectionInput!) {\n    addConnection(input: $input) {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AddConnection($input: AddConnectionInput!) {\n    addConnection(input: $input) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestConnection($name: String!) {\n    testConnection(name: $name) {\n      permission\n      ok\n      problem\n    }\n  }\n"): (typeof documents)["\n  mutation TestConnection($name: String!) {\n    testConnection(name: $name) {\n      permission\n      ok\n      problem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncConnection($name: String!) {\n    syncConnection(name: $name) {\n      name\n      running\n      progress\n    }\n  }\n"): (typeof documents)["\n  mutation SyncConnection($name: String!) {\n    syncConnection(name: $name) {\n      name\n      running\n      progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConnectionSchedule($name: String!, $everyMinutes: Int!) {\n    setConnectionSchedule(name: $name, everyMinutes: $everyMinutes) {\n      name\n      everyMinutes\n      nextRunAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetConnectionSchedule($name: String!, $everyMinutes: Int!) {\n    setConnectionSchedule(name: $name, everyMinutes: $everyMinutes) {\n      name\n      everyMinutes\n      nextRunAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveConnection($name: String!) {\n    removeConnection(name: $name)\n  }\n"): (typeof documents)["\n  mutation RemoveConnection($name: String!) {\n    removeConnection(name: $name)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourcesPage($first: Int!) {\n    sources {\n      ...SourcesTable_source\n    }\n    syncRuns(first: $first) {\n      ...SyncRunsTable_run\n    }\n  }\n"): (typeof documents)["\n  query SourcesPage($first: Int!) {\n    sources {\n      ...SourcesTable_source\n    }\n    syncRuns(first: $first) {\n      ...SyncRunsTable_run\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportKinds {\n    importKinds {\n      ...ImportForm_kind\n    }\n  }\n"): (typeof documents)["\n  query ImportKinds {\n    importKinds {\n      ...ImportForm_kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportApps {\n    importApps {\n      name\n      catalogKey\n      inGraph\n    }\n  }\n"): (typeof documents)["\n  query ImportApps {\n    importApps {\n      name\n      catalogKey\n      inGraph\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ToClassifyCallout_vocabulary on AppVocabulary {\n    roles {\n      id\n    }\n    seatTypes {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ToClassifyCallout_vocabulary on AppVocabulary {\n    roles {\n      id\n    }\n    seatTypes {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VocabularyRolesTable_role on VocabularyRole {\n    id\n    name\n    privilege\n    privilegeSource\n    defaultPrivilege\n    holders\n  }\n"): (typeof documents)["\n  fragment VocabularyRolesTable_role on VocabularyRole {\n    id\n    name\n    privilege\n    privilegeSource\n    defaultPrivilege\n    holders\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VocabularySeatTypesTable_seatType on VocabularySeatType {\n    id\n    name\n    monthlyCost\n    currency\n    costSource\n    defaultMonthlyCost\n    holders\n  }\n"): (typeof documents)["\n  fragment VocabularySeatTypesTable_seatType on VocabularySeatType {\n    id\n    name\n    monthlyCost\n    currency\n    costSource\n    defaultMonthlyCost\n    holders\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClassifyRole($input: ClassifyRoleInput!) {\n    classifyRole(input: $input) {\n      app {\n        id\n        name\n      }\n      role {\n        ...VocabularyRolesTable_role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClassifyRole($input: ClassifyRoleInput!) {\n    classifyRole(input: $input) {\n      app {\n        id\n        name\n      }\n      role {\n        ...VocabularyRolesTable_role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSeatCost($input: SetSeatCostInput!) {\n    setSeatCost(input: $input) {\n      app {\n        id\n        name\n      }\n      seatType {\n        ...VocabularySeatTypesTable_seatType\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSeatCost($input: SetSeatCostInput!) {\n    setSeatCost(input: $input) {\n      app {\n        id\n        name\n      }\n      seatType {\n        ...VocabularySeatTypesTable_seatType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesAndSeatsPage($onlyToClassify: Boolean!, $appId: ID) {\n    rolesAndSeats(onlyToClassify: $onlyToClassify, appId: $appId) {\n      app {\n        id\n        name\n      }\n      catalogKey\n      roles {\n        ...VocabularyRolesTable_role\n      }\n      seatTypes {\n        ...VocabularySeatTypesTable_seatType\n      }\n    }\n  }\n"): (typeof documents)["\n  query RolesAndSeatsPage($onlyToClassify: Boolean!, $appId: ID) {\n    rolesAndSeats(onlyToClassify: $onlyToClassify, appId: $appId) {\n      app {\n        id\n        name\n      }\n      catalogKey\n      roles {\n        ...VocabularyRolesTable_role\n      }\n      seatTypes {\n        ...VocabularySeatTypesTable_seatType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksPage {\n    webhookEvents\n    webhooks {\n      id\n      url\n      events\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query WebhooksPage {\n    webhookEvents\n    webhooks {\n      id\n      url\n      events\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($first: Int!, $after: String) {\n    webhookDeliveries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        url\n        event\n        status\n        attempts\n        createdAt\n        lastAttemptAt\n        nextAttemptAt\n        lastError\n        statusCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($first: Int!, $after: String) {\n    webhookDeliveries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        url\n        event\n        status\n        attempts\n        createdAt\n        lastAttemptAt\n        nextAttemptAt\n        lastError\n        statusCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWebhook($input: AddWebhookInput!) {\n    addWebhook(input: $input) {\n      signingSecret\n      endpoint {\n        id\n        url\n        events\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddWebhook($input: AddWebhookInput!) {\n    addWebhook(input: $input) {\n      signingSecret\n      endpoint {\n        id\n        url\n        events\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWebhook($id: ID!) {\n    removeWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveWebhook($id: ID!) {\n    removeWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;