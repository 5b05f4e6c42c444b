import { describe, expect, it } from 'vitest';
import { candidateEvidence, type CandidateKeys, type RecordKeys } from '../../server/api/ownership/candidate-evidence.js';

const record: RecordKeys = {
  recordEmail: null,
  recordUsername: null,
  recordLogin: null,
  recordEmployeeNumber: null,
  recordDisplayName: null,
};
const person: CandidateKeys = {
  displayName: 'Chris Lee',
  email: 'chris.lee@acme.com',
  employeeId: 'E3',
  alternateEmails: ['chris@old.example'],
  viaIdentities: [],
};

describe('what a review candidate has in common with the record', () => {
  it('names every agreeing key, strongest first', () => {
    expect(
      candidateEvidence(
        { ...record, recordEmployeeNumber: 'E3', recordLogin: 'Chris.Lee@acme.com', recordDisplayName: ' chris  LEE ' },
        { ...person, viaIdentities: ['clee@okta'] },
      ),
    ).toEqual([
      'Signs in with the IdP identity clee@okta, which is theirs',
      'Employee number E3 is their HR employee id',
      'Email Chris.Lee@acme.com is their HR work email',
      'Display name " chris  LEE " is their HR name',
    ]);
  });

  it('tells an alternate email and a user name from the work email, and finds nothing when nothing agrees', () => {
    expect(candidateEvidence({ ...record, recordEmail: 'chris@old.example' }, person)).toEqual([
      'Email chris@old.example is one of their HR alternate emails',
    ]);
    expect(candidateEvidence({ ...record, recordUsername: 'chris.lee' }, person)).toEqual([
      'User name chris.lee matches their work email chris.lee@acme.com',
    ]);
    expect(candidateEvidence({ ...record, recordEmail: 'someone@else.example', recordDisplayName: 'Chris' }, person)).toEqual([]);
  });
});
