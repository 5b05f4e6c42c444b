import { graphql } from '../../graphql/index.js';

export const BATON_FILES_QUERY = graphql(`
  query BatonFiles {
    batonFiles {
      name
      app
      status
      error
      checkedAt
      importedAt
      importedSha256
    }
  }
`);
