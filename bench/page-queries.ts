/** The dashboard's own page queries (the documents codegen wrote for the web app), as text to post. */
import { print } from 'graphql';
import {
  AppPageDocument,
  AppsPageDocument,
  CampaignItemsDocument,
  CampaignPageDocument,
  FindingsPageDocument,
  MyTeamDocument,
  OverviewPageDocument,
  PeoplePageDocument,
  PersonPageDocument,
} from '../web/graphql/graphql.js';

export const OVERVIEW = print(OverviewPageDocument);
/** Variables: filter, sort; the page size is the dashboard's (50). */
export const FINDINGS = print(FindingsPageDocument);
export const APPS = print(AppsPageDocument);
export const APP_PAGE = print(AppPageDocument);
export const PERSON_PAGE = print(PersonPageDocument);
export const PEOPLE = print(PeoplePageDocument);
export const MY_TEAM = print(MyTeamDocument);
export const CAMPAIGN_PAGE = print(CampaignPageDocument);
export const CAMPAIGN_ITEMS = print(CampaignItemsDocument);
