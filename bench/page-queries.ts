/** The dashboard's own page queries (the documents codegen wrote for the web app), as text to post. */
import { print } from 'graphql';
import {
  AppPageDocument,
  ActivityHistogramDocument,
  AppsPageDocument,
  CampaignItemsDocument,
  CampaignPageDocument,
  FindingsPageDocument,
  KpiQuartersDocument,
  LeaverSlaCardDocument,
  MyTeamDocument,
  OverviewPageDocument,
  PeoplePageDocument,
  PersonPageDocument,
} from '../web/graphql/graphql.js';

export const OVERVIEW = print(OverviewPageDocument);
/** The overview's cards that load on their own: the leaver tile, the activity histogram and the quarter's trend. */
export const OVERVIEW_LEAVER_TILE = print(LeaverSlaCardDocument);
export const OVERVIEW_ACTIVITY = print(ActivityHistogramDocument);
export const OVERVIEW_TREND = print(KpiQuartersDocument);
/** Variables: filter, sort; the page size is the dashboard's (50). */
export const FINDINGS = print(FindingsPageDocument);
export const APPS = print(AppsPageDocument);
export const APP_PAGE = print(AppPageDocument);
export const PERSON_PAGE = print(PersonPageDocument);
export const PEOPLE = print(PeoplePageDocument);
export const MY_TEAM = print(MyTeamDocument);
export const CAMPAIGN_PAGE = print(CampaignPageDocument);
export const CAMPAIGN_ITEMS = print(CampaignItemsDocument);
