export const MERGE_ORGANIZATION = `
MERGE (o:Organization {id: 'org'})
SET o.name = $name, o.domains = $domains, o.aliasDomains = $aliasDomains`;
