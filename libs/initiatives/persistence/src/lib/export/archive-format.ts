/**
 * A municipality's export archive (docs/export-format.md): one JSON Lines file per kind of data, each line one
 * row as PostgreSQL's to_jsonb writes it, the documents' bytes under documents/, and manifest.json.
 */
export const ARCHIVE_FORMAT = 'aloite-municipality-export';
/** Raised whenever a file, a field or its meaning changes in a way an older import would misread. */
export const ARCHIVE_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const DOCUMENTS_FOLDER = 'documents';

export interface Manifest {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  /** The last migration of the database it came from. */
  schemaVersion: string;
  municipality: { id: string; name: string; slug: string };
  /** Rows per file, and `documents`: the files under documents/. */
  counts: Record<string, number>;
  /** Every other file in the archive, by its path in it. */
  files: Record<string, { sha256: string; bytes: number }>;
}

/** One kind of data: a table's rows of the municipality, in a stable order. */
export interface Kind {
  file: string;
  table: string;
  order: string;
  /** Not exported: secrets, the documents' bytes (files of their own) and what the database derives. */
  omit?: string[];
  /** Exported, but given anew on import (a row number of a log shared by every municipality). */
  renumbered?: string;
  /** On import, SQL over the archived row `r` instead of its value. */
  importAs?: Record<string, string>;
  /** Not copied: rebuilt on import by replaying the audit log through the domain. */
  replayed?: true;
}

const SEARCH_COLUMNS = [
  'search',
  'lemmas',
  'name_words',
  'diary_key',
  'signatory_names',
  'signatory_names_folded',
  'preparer_names_folded',
  'body_ids',
];

export const MUNICIPALITY: Kind = { file: 'municipality.jsonl', table: 'municipality', order: 'id' };
export const INITIATIVES: Kind = {
  file: 'initiatives.jsonl',
  table: 'initiative',
  order: 'created_at, id',
  omit: SEARCH_COLUMNS,
  replayed: true,
};
export const AUDIT_LOG: Kind = {
  file: 'audit-log.jsonl',
  table: 'initiative_event',
  order: 'initiative_id, seq',
  omit: ['id'],
  replayed: true,
};
export const DOCUMENTS: Kind = {
  file: 'documents.jsonl',
  table: 'attachment',
  order: 'uploaded_at, id',
  omit: ['content'],
};

/** Before the initiatives: what their filing and events refer to. */
export const BEFORE_INITIATIVES: Kind[] = [
  {
    file: 'sign-in-settings.jsonl',
    table: 'municipality_sign_in',
    order: 'municipality_id',
    omit: ['client_secret'],
    // Without its secret the provider cannot be used: the administrator enters it again; passwords work meanwhile.
    importAs: { issuer: 'NULL', client_id: 'NULL', passwords_allowed: 'true' },
  },
  { file: 'rule-pack-versions.jsonl', table: 'rule_pack_version', order: 'valid_from' },
  { file: 'bodies.jsonl', table: 'body', order: 'created_at, id' },
  { file: 'accounts.jsonl', table: 'user_account', order: 'created_at, id', omit: ['password_hash'] },
  { file: 'diary-sequences.jsonl', table: 'diary_sequence', order: 'year' },
  { file: 'meetings.jsonl', table: 'meeting', order: 'date, created_at, id' },
  { file: 'agenda-items.jsonl', table: 'agenda_item', order: 'created_at, id' },
];

/** After the initiatives: what refers to them, and the logs. */
export const AFTER_INITIATIVES: Kind[] = [
  {
    file: 'agenda-item-initiatives.jsonl',
    table: 'agenda_item_initiative',
    order: 'agenda_item_id, position',
  },
  { file: 'initiative-links.jsonl', table: 'initiative_link', order: 'created_at, id' },
  DOCUMENTS,
  { file: 'document-texts.jsonl', table: 'attachment_text', order: 'attachment_id' },
  {
    file: 'document-publications.jsonl',
    table: 'attachment_publication',
    order: 'occurred_at, attachment_id',
  },
  { file: 'document-reads.jsonl', table: 'attachment_read', order: 'id', renumbered: 'id' },
  { file: 'meeting-changes.jsonl', table: 'meeting_change', order: 'id', renumbered: 'id' },
  { file: 'agenda-item-changes.jsonl', table: 'agenda_item_change', order: 'id', renumbered: 'id' },
  { file: 'admin-changes.jsonl', table: 'admin_change', order: 'seq', renumbered: 'seq' },
  { file: 'reminders.jsonl', table: 'reminder_outbox', order: 'id', renumbered: 'id' },
  {
    file: 'sign-ins.jsonl',
    table: 'user_session',
    order: 'created_at, id',
    omit: ['token_hash', 'refresh_token'],
    // The record of who signed in when; no session of the old deployment goes on working in the new one.
    importAs: {
      token_hash: `'restored-' || gen_random_uuid()`,
      refresh_token: 'NULL',
      revoked_at: 'coalesce(r.revoked_at, now())',
    },
  },
];

/** Every kind, in the order they are written and loaded. */
export const KINDS: Kind[] = [
  MUNICIPALITY,
  ...BEFORE_INITIATIVES,
  INITIATIVES,
  AUDIT_LOG,
  ...AFTER_INITIATIVES,
];

/** The file of one document's bytes. */
export const documentFile = (id: string) => `${DOCUMENTS_FOLDER}/${id}`;
