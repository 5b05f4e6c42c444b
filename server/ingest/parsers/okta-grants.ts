/**
 * okta-grants: users' OAuth consent grants, as GET /api/v1/users/{userId}/grants returns them
 * (one JSON array per user, or a folder of those files; expand=scope adds _embedded.scope). Okta
 * returns one grant per scope: grants of one user, client and issuer become one user-mode
 * integration holding every ACTIVE scope; REVOKED grants are left out.
 *
 * The integration lives in the app the grant belongs to (the Okta app's name from _embedded.app or
 * _links.app / _links.client "title", matched to the catalog), or in --app for every grant when
 * given. It is named after the Okta authorization server the consent is for.
 */
import type { AppRefIn, ImportBatch, IntegrationIn } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { AppsByName, appFromOptions } from '../input/app-ref.js';
import { readJsonRecords, takeListing, type JsonKindSpec } from '../input/json-records.js';
import { Problems } from '../input/problems.js';

interface Group {
  integration: IntegrationIn;
  scopes: Set<string>;
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const listingSpec: JsonKindSpec = { kind: 'okta-grants', keys: ['value'], emptyIsComplete: options.emptyIsComplete };
  const problems = new Problems();
  const fixedApp: AppRefIn | null = options.app
    ? appFromOptions(options, { kind: 'okta-grants' }, { file: files[0]?.name ?? '(input)' }, problems)
    : null;
  problems.throwIfAny();
  const apps = new AppsByName(options.catalog);
  const groups = new Map<string, Group>();
  let revoked = 0;
  let byUserId = 0;

  const listing = await readJsonRecords(files, listingSpec, problems, (r) => {
    const id = r.string('id');
    r.identify(id);
    const status = r.oneOf('status', ['ACTIVE', 'REVOKED'] as const, { required: true });
    const userId = r.requiredString('userId');
    const clientId = r.requiredString('clientId');
    const issuer = r.requiredString('issuer');
    const scope = r.string('_embedded.scope.name') ?? r.string('_links.scope.title') ?? r.requiredString('scopeId');
    const created = r.dateTime('created');
    const appName =
      r.string('_embedded.app.label') ?? r.string('_embedded.app.name') ?? r.string('_links.app.title') ?? r.string('_links.client.title');
    let app = fixedApp;
    if (!app) {
      if (appName) app = apps.resolve(appName);
      else
        r.problem(
          '_links.app.title',
          'the grant does not name its app (no _embedded.app or _links.app/_links.client title); pass --app to attribute the grants to one app',
        );
    }
    if (!app || status === null) return;
    if (status === 'REVOKED') {
      revoked += 1;
      return;
    }
    const login = r.string('_embedded.user.profile.login');
    if (!login) byUserId += 1;
    const key = `${userId}\u0000${clientId}\u0000${issuer}`;
    let group = groups.get(key);
    if (!group) {
      const server = r.string('_links.authorizationServer.title');
      group = {
        integration: {
          app,
          name: `Okta ${server ?? issuer}`,
          mode: 'user',
          enabledBy: null,
          authorizedBy: login ?? userId,
          enabledAt: created,
          lastUsedAt: null,
          scopes: [],
        },
        scopes: new Set(),
      };
      groups.set(key, group);
    }
    group.scopes.add(scope);
    if (created && (!group.integration.enabledAt || created < group.integration.enabledAt)) group.integration.enabledAt = created;
  });
  problems.throwIfAny();

  const batch = emptyBatch('okta-grants', 'okta-grants');
  batch.integrations = [...groups.values()].map((g) => ({ ...g.integration, scopes: [...g.scopes].sort() }));
  if (revoked) batch.notes.push(`${revoked} REVOKED grant(s) left out.`);
  if (byUserId)
    batch.notes.push(
      `${byUserId} grant(s) name the user only by Okta user id (the grants API has no login); import okta-users so they can be matched.`,
    );
  batch.notes.push(
    'Complete for the users whose grants are in this export: include every user (an empty [] page for users without grants), or grants of users left out are marked removed.',
  );
  takeListing(batch, listing);
  return batch;
}

export const oktaGrantsParser: Parser = {
  kind: 'okta-grants',
  description:
    "Okta users' OAuth consent grants (JSON from GET /api/v1/users/{id}/grants, a file or folder of per-user pages); each lands in the Okta app it belongs to (catalog name match) or in --app.",
  needsApp: false,
  parse,
};
