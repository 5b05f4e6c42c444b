/** What `attest serve` knows of each file in the watched Baton folder (baton-folder/*): its last look and last import. */

export const BATON_FILES = `
MATCH (f:BatonFile)
RETURN f.name AS name, f.app AS app, f.size AS size, f.mtimeMs AS mtimeMs, f.sha256 AS sha256, f.status AS status,
       f.error AS error, f.checkedAt AS checkedAt, f.importedAt AS importedAt, f.importedSha256 AS importedSha256,
       f.syncRunId AS syncRunId
ORDER BY f.name`;

export const SAVE_BATON_FILE = `
MERGE (f:BatonFile {name: $file.name})
SET f += $file`;

/** Files gone from the folder: their imports stay in the sync history. */
export const FORGET_BATON_FILES = `
MATCH (f:BatonFile)
WHERE NOT f.name IN $present
DELETE f`;
