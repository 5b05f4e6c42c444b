import { exactEmail, localPart, normalizeEmail, normalizeName } from '../../reconcile/normalize.js';
import { NO_NORMALIZATION } from '../../reconcile/match.js';

/** The keys of an ambiguous account or identity that the matching rules compare. */
export interface RecordKeys {
  recordEmail: string | null;
  recordUsername: string | null;
  recordLogin: string | null;
  recordEmployeeNumber: string | null;
  recordDisplayName: string | null;
}

/** A candidate's HR keys, and the IdP identities through which the record reaches them. */
export interface CandidateKeys {
  displayName: string;
  email: string;
  employeeId: string | null;
  alternateEmails: string[];
  viaIdentities: string[];
}

/**
 * In words, every key on which the record and the candidate agree, strongest first, so a reviewer
 * can weigh two candidates side by side (the same comparisons as server/reconcile/match.ts).
 */
export function candidateEvidence(record: RecordKeys, person: CandidateKeys): string[] {
  const found: string[] = [];
  for (const login of person.viaIdentities) found.push(`Signs in with the IdP identity ${login}, which is theirs`);
  if (record.recordEmployeeNumber && person.employeeId && record.recordEmployeeNumber === person.employeeId)
    found.push(`Employee number ${record.recordEmployeeNumber} is their HR employee id`);
  const email = record.recordEmail ?? record.recordLogin;
  if (email) {
    if (exactEmail(email) === exactEmail(person.email)) found.push(`Email ${email} is their HR work email`);
    else if (person.alternateEmails.some((alternate) => exactEmail(alternate) === exactEmail(email)))
      found.push(`Email ${email} is one of their HR alternate emails`);
    else if (normalizeEmail(email, NO_NORMALIZATION) === normalizeEmail(person.email, NO_NORMALIZATION))
      found.push(`Email ${email} is the same mailbox as their ${person.email}`);
  }
  if (record.recordUsername && localPart(record.recordUsername) === localPart(person.email))
    found.push(`User name ${record.recordUsername} matches their work email ${person.email}`);
  if (record.recordDisplayName && normalizeName(record.recordDisplayName) === normalizeName(person.displayName))
    found.push(`Display name "${record.recordDisplayName}" is their HR name`);
  return found;
}
