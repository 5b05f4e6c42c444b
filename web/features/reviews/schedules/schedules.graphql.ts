import { graphql } from '../../../graphql/index.js';

export const CAMPAIGN_SCHEDULES_QUERY = graphql(`
  query CampaignSchedulesPage {
    me {
      id
      role
      personId
      email
      displayName
    }
    campaignSchedules {
      id
      name
      nameTemplate
      cadence
      everyDays
      firstRunOn
      nextRunOn
      scope
      apps
      dueInDays
      owner
      ownerName
      lastRunOn
      lastStatus
      lastError
    }
  }
`);

export const ADD_CAMPAIGN_SCHEDULE_MUTATION = graphql(`
  mutation AddCampaignSchedule($input: AddCampaignScheduleInput!) {
    addCampaignSchedule(input: $input) {
      id
    }
  }
`);

export const REMOVE_CAMPAIGN_SCHEDULE_MUTATION = graphql(`
  mutation RemoveCampaignSchedule($id: ID!) {
    removeCampaignSchedule(id: $id) {
      id
    }
  }
`);
