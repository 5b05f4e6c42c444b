/** The organization's configured domains and aliases, and how many HR people use each work email domain. */
export const ORG_DOMAINS = `
OPTIONAL MATCH (o:Organization {id: 'org'})
RETURN coalesce(o.domains, []) + coalesce(o.aliasDomains, []) AS configured,
       COLLECT {
         MATCH (p:Person) WHERE p.email CONTAINS '@'
         WITH toLower(split(p.email, '@')[1]) AS domain, count(*) AS people
         RETURN {domain: domain, people: people}
       } AS fromHr`;
