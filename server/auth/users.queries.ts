/** Users who sign in to the dashboard, and the HR person each one is (matched by email). */

/**
 * The HR person with the user's email: the current record when someone was rehired under the same
 * email (earlier records are terminated), else the latest.
 */
const PERSON_OF_USER = `
OPTIONAL CALL (u) {
  MATCH (candidate:Person {email: u.email})
  RETURN candidate AS person
  ORDER BY CASE candidate.status WHEN 'terminated' THEN 1 ELSE 0 END, candidate.startDate DESC, candidate.id
  LIMIT 1
}`;

const USER_FIELDS = `
RETURN u.id AS id, u.email AS email, u.displayName AS displayName, u.role AS role,
       u.passwordHash IS NOT NULL AS hasPassword, u.createdAt AS createdAt, u.disabledAt AS disabledAt,
       COLLECT { MATCH (u)-[:IS]->(p:Person) RETURN p.id LIMIT 1 }[0] AS personId`;

export const FIND_USER_ID_BY_EMAIL = `
MATCH (u:User {email: $email})
RETURN u.id AS id`;

/** The HR person a new user would be linked to, and whether they manage anyone (still employed). */
export const FIND_PERSON_BY_EMAIL = `
MATCH (person:Person {email: $email})
WITH person
ORDER BY CASE person.status WHEN 'terminated' THEN 1 ELSE 0 END, person.startDate DESC, person.id
LIMIT 1
RETURN person.id AS id, person.displayName AS displayName, person.status AS status,
       EXISTS { MATCH (report:Person)-[:REPORTS_TO]->(person) WHERE report.status <> 'terminated' } AS hasReports`;

export const CREATE_USER = `
CREATE (u:User {id: $id})
SET u.email = $email, u.role = $role, u.passwordHash = $passwordHash, u.createdAt = datetime($now), u.disabledAt = null
WITH u
${PERSON_OF_USER}
SET u.displayName = coalesce($displayName, person.displayName, u.email)
FOREACH (_ IN CASE WHEN person IS NULL THEN [] ELSE [1] END | MERGE (u)-[:IS]->(person))
WITH u
${USER_FIELDS}`;

/** Links the user to the HR person with their email again (HR may have changed since the last sign-in). */
export const RELINK_PERSON = `
MATCH (u:User {id: $userId})
CALL (u) {
  MATCH (u)-[old:IS]->(:Person)
  DELETE old
}
WITH u
${PERSON_OF_USER}
FOREACH (_ IN CASE WHEN person IS NULL THEN [] ELSE [1] END | MERGE (u)-[:IS]->(person))
RETURN person.id AS personId`;

/** What a password sign-in needs to know about the user with an email. */
export const FIND_SIGN_IN_USER = `
MATCH (u:User {email: $email})
RETURN u.id AS id, u.passwordHash AS passwordHash, u.disabledAt AS disabledAt
LIMIT 1`;

export const READ_USER = `
MATCH (u:User {email: $email})
${USER_FIELDS}`;

export const LIST_USERS = `
MATCH (u:User)
WITH u ORDER BY u.email
${USER_FIELDS}`;

export const SET_ROLE = `
MATCH (u:User {email: $email})
WITH u, u.role AS before
SET u.role = $role
RETURN u.id AS id, before`;

/** Disabling signs the user out everywhere at once. */
export const DISABLE_USER = `
MATCH (u:User {email: $email})
WITH u, u.disabledAt IS NOT NULL AS wasDisabled
SET u.disabledAt = coalesce(u.disabledAt, datetime($now))
WITH u, wasDisabled
CALL (u) {
  MATCH (s:Session {userId: u.id})
  DETACH DELETE s
}
RETURN u.id AS id, wasDisabled`;

/** A new password signs the user out everywhere, in case the old one leaked. */
export const SET_PASSWORD = `
MATCH (u:User {email: $email})
SET u.passwordHash = $passwordHash
WITH u
CALL (u) {
  MATCH (s:Session {userId: u.id})
  DETACH DELETE s
}
RETURN u.id AS id`;
