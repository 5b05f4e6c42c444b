import { graphql } from '../../graphql/index.js';

export const APPS_PAGE_QUERY = graphql(`
  query AppsPage {
    apps {
      ...AppsTable_app
    }
  }
`);
