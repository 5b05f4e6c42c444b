/**
 * okta-app-users: users assigned to Okta apps, as GET /api/v1/apps/{appId}/users returns them
 * (JSON array or page files): id (Okta user id), scope USER / GROUP, externalId,
 * credentials.userName, status, syncState. Two ways to say which app:
 *  - --app names the one app every file belongs to;
 *  - without --app, a folder holding the GET /api/v1/apps listing (apps.json, apps-2.json, …) and
 *    each app's user pages named after its id (0oa…-users.json, 0oa…-users-2.json). Each app is
 *    named by its label; INACTIVE apps are left out (nobody signs in to them through Okta), and so are
 *    Okta's own apps (okta-first-party-apps.ts); the import is complete for every app of the org, so
 *    assignments of an app gone, deactivated or left out are marked removed.
 */
import { basename } from 'node:path';

import type { AppRefIn, AssignmentIn, ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import { isOktaFirstPartyApp } from '../okta-first-party-apps.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { AppsByName, requireApp } from '../input/app-ref.js';
import { UniqueCheck } from '../input/duplicates.js';
import { expandInputs } from '../input/files.js';
import type { RecordReader } from '../input/json-record.js';
import { readJsonRecords, takeListing, type JsonKindSpec } from '../input/json-records.js';
import { Problems } from '../input/problems.js';

/** Okta app ids start with 0oa; a user page file carries its app's id in its name. */
const APP_ID_IN_NAME = /(?:^|[^0-9A-Za-z])(0oa[0-9A-Za-z]{6,})(?![0-9A-Za-z])/;
const APPS_PAGE = /^apps(?:[^0-9A-Za-z]|$)/i;

function assignmentOf(r: RecordReader, app: AppRefIn, ids: UniqueCheck, appKey: string): AssignmentIn {
  const id = r.requiredString('id');
  r.identify(id);
  if (id) ids.check(`${appKey}\u0000${id}`, r.where('id'), id);
  return {
    idp: 'okta',
    identityExternalId: id,
    app,
    appUserName: r.string('credentials.userName'),
    appExternalId: r.string('externalId', { numbers: true }),
    scope: r.oneOf('scope', ['USER', 'GROUP'] as const, { required: true }),
    status: r.string('status'),
  };
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const listingSpec: JsonKindSpec = { kind: 'okta-app-users', keys: ['value'], emptyIsComplete: options.emptyIsComplete };
  if (!options.app?.trim()) {
    const pages = await expandInputs(files, ['.json']);
    if (pages.some((page) => APPS_PAGE.test(basename(page.path)))) return parseEveryApp(pages, options);
  }
  const app = requireApp(options, { kind: 'okta-app-users' }, files);
  const problems = new Problems();
  const ids = new UniqueCheck('Okta user id', problems);
  const assignments: AssignmentIn[] = [];
  const listing = await readJsonRecords(files, listingSpec, problems, (r) => {
    assignments.push(assignmentOf(r, app, ids, ''));
  });
  problems.throwIfAny();

  const batch = emptyBatch('okta-app-users', `okta-app-users:${app.name}`);
  batch.assignments = assignments;
  takeListing(batch, listing);
  return batch;
}

interface OktaApp {
  ref: AppRefIn;
  label: string;
  /** ACTIVE and not one of Okta's own apps: its assignments are read. */
  read: boolean;
  active: boolean;
  pages: InputFile[];
}

/** The folder layout a connector writes: the apps listing, then each active app's user pages. */
async function parseEveryApp(pages: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const everyAppSpec: JsonKindSpec = {
    kind: 'okta-app-users',
    keys: ['value'],
    skipKindCheck: true,
    emptyIsComplete: options.emptyIsComplete,
  };
  const problems = new Problems();
  const names = new AppsByName(options.catalog);
  const appIds = new UniqueCheck('Okta app id', problems);
  const apps = new Map<string, OktaApp>();
  const appsPages = pages.filter((page) => APPS_PAGE.test(basename(page.path)));
  const appsListing = await readJsonRecords(appsPages, everyAppSpec, problems, (r) => {
    const id = r.requiredString('id');
    r.identify(id);
    const label = r.requiredString('label');
    const status = r.requiredString('status');
    const firstParty = isOktaFirstPartyApp(r.string('name'));
    if (!id || !label || !appIds.check(id, r.where('id'))) return;
    const active = status === 'ACTIVE';
    apps.set(id, { ref: names.resolve(label), label, read: active && !firstParty, active, pages: [] });
  });
  for (const page of pages) {
    if (APPS_PAGE.test(basename(page.path))) continue;
    const appId = APP_ID_IN_NAME.exec(basename(page.path))?.[1];
    const app = appId ? apps.get(appId) : undefined;
    if (!appId)
      problems.add({ file: page.name }, "neither the apps listing (apps*.json) nor an app's user page (<appId>-users.json): move it out");
    else if (!app)
      problems.add(
        { file: page.name },
        `user page for app ${appId}, which the apps listing does not name: add that app to apps.json, or move the page out`,
      );
    else app.pages.push(page);
  }
  for (const [id, app] of apps) {
    if (app.read && app.pages.length === 0)
      problems.add(
        { file: appsPages[0]?.name ?? '(input)', field: 'id' },
        `active app ${id} ("${app.label}") has no user pages: add its GET /api/v1/apps/${id}/users result as ${id}-users.json ([] when nobody is assigned)`,
      );
  }
  problems.throwIfAny();

  const appOfPage = new Map<string, { app: OktaApp; id: string }>();
  for (const [id, app] of apps) if (app.read) for (const page of app.pages) appOfPage.set(page.path, { app, id });
  const ids = new UniqueCheck('Okta user id', problems);
  const assignments: AssignmentIn[] = [];
  const userPages = pages.filter((page) => appOfPage.has(page.path));
  const usersListing = userPages.length
    ? await readJsonRecords(userPages, everyAppSpec, problems, (r, visit) => {
        const owner = appOfPage.get(visit.file.path);
        if (owner) assignments.push(assignmentOf(r, owner.app.ref, ids, owner.id));
      })
    : { records: 0, morePages: null };
  problems.throwIfAny();

  const batch = emptyBatch('okta-app-users', 'okta-app-users');
  batch.assignments = assignments;
  takeListing(batch, appsListing);
  batch.recordsRead += usersListing.records;
  if (usersListing.morePages) {
    batch.complete = false;
    batch.notes.push(usersListing.morePages);
  }
  const inactive = [...apps.values()].filter((app) => !app.active);
  if (inactive.length)
    batch.notes.push(
      `${inactive.length} app(s) not ACTIVE left out, their assignments taken as gone: ${inactive.map((app) => app.label).join(', ')}.`,
    );
  const okta = [...apps.values()].filter((app) => app.active && !app.read);
  if (okta.length)
    batch.notes.push(
      `${okta.length} of Okta's own app(s) left out, as everyone or every admin is assigned to them: ${okta.map((app) => app.label).join(', ')}.`,
    );
  return batch;
}

export const oktaAppUsersParser: Parser = {
  kind: 'okta-app-users',
  description:
    "Okta app assignments (JSON from GET /api/v1/apps/{appId}/users) for the app named by --app, or a folder with the GET /api/v1/apps listing (apps.json) and each app's <appId>-users.json pages.",
  needsApp: true,
  appsInInput: true,
  parse,
};
