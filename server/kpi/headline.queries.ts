/**
 * Headline counts, each answered from the count store or an index instead of reading every node.
 * Live accounts: all accounts (every importer writes a status), less the deactivated ones, less the
 * removed ones that are not deactivated (few, through the account_removed_at index). Active people
 * likewise: everyone less those on leave or gone (the fewer, through the person_status index).
 */
export const HEADLINE_COUNTS = `
RETURN COUNT { MATCH (p:Person) } AS people,
       COUNT { MATCH (p:Person) } - COUNT { MATCH (p:Person) WHERE p.status IN ['leave', 'terminated'] } AS activePeople,
       COUNT { MATCH (app:App) } AS apps,
       COUNT { MATCH (a:Account) }
         - COUNT { MATCH (a:Account) WHERE a.status = 'deactivated' }
         - COUNT { MATCH (a:Account) WHERE a.removedAt IS NOT NULL AND a.status <> 'deactivated' } AS accounts,
       COLLECT { MATCH (f:Finding) WITH f.type AS type, count(f) AS n, sum(f.monthlyCost) AS cost RETURN {type: type, count: n, cost: cost} } AS findings`;
