/**
 * okta-app-users: the users assigned to one Okta app, as GET /api/v1/apps/{appId}/users returns
 * them (JSON array or page files): id (Okta user id), scope USER / GROUP, externalId,
 * credentials.userName, status, syncState. --app names the app in Attest.
 */
import type { AssignmentIn, ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { requireApp } from '../input/app-ref.js';
import { UniqueCheck } from '../input/duplicates.js';
import { readJsonRecords, takeListing } from '../input/json-records.js';
import { Problems } from '../input/problems.js';

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const app = requireApp(options, { kind: 'okta-app-users' }, files);
  const problems = new Problems();
  const ids = new UniqueCheck('Okta user id', problems);
  const assignments: AssignmentIn[] = [];
  const listing = await readJsonRecords(files, { kind: 'okta-app-users', keys: ['value'] }, problems, (r) => {
    const id = r.requiredString('id');
    r.identify(id);
    if (id) ids.check(id, r.where('id'));
    assignments.push({
      idp: 'okta',
      identityExternalId: id,
      app,
      appUserName: r.string('credentials.userName'),
      appExternalId: r.string('externalId', { numbers: true }),
      scope: r.oneOf('scope', ['USER', 'GROUP'] as const, { required: true }),
      status: r.string('status'),
    });
  });
  problems.throwIfAny();

  const batch = emptyBatch('okta-app-users', `okta-app-users:${app.name}`);
  batch.assignments = assignments;
  takeListing(batch, listing);
  return batch;
}

export const oktaAppUsersParser: Parser = {
  kind: 'okta-app-users',
  description: 'Okta app assignments (JSON from GET /api/v1/apps/{appId}/users) for the app named by --app.',
  needsApp: true,
  parse,
};
