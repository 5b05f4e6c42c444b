/** Whether anything was imported yet: the demo is only loaded into a graph without people or accounts. */
export const HAS_PEOPLE_OR_ACCOUNTS = `MATCH (n) WHERE n:Person OR n:Account RETURN count(n) > 0 AS any`;
