import type { DataSource } from 'typeorm';
import { pooledSql, prepared } from './sql';

/** The embedded PostgreSQL's login role for the API. */
export const EMBEDDED_RUNTIME_ROLE = 'aloite_api';

/** The schemas the API reads and writes: Aloite's tables and pg-boss's queue. */
const SCHEMAS = ['public', 'pgboss'];

/**
 * Records the API only ever adds to: the audit log, who read which confidential document, the documents and their
 * text, the handlings, and the logs of meetings, agenda items and documents made public, the corrections of
 * handlings, the versions of the municipality's rules, the log of administrative changes. Nothing in the code updates or deletes them, so the role may
 * not either.
 */
const APPEND_ONLY = [
  'initiative_event',
  'attachment_read',
  'attachment',
  'attachment_text',
  'handling',
  'meeting_change',
  'agenda_item_change',
  'attachment_publication',
  'handling_correction',
  'rule_pack_version',
  'admin_change',
];

/** What the audit log must never allow the API's role, whoever granted it. */
const AUDIT_LOG_UNDOERS = 'TRUNCATE, UPDATE, DELETE, TRIGGER';

export class RuntimeRoleError extends Error {}

/** The API's role is missing on an external server: a DBA creates it, Aloite does not. */
export class MissingRuntimeRoleError extends RuntimeRoleError {}

const ROLE_EXISTS = prepared(`SELECT 1 FROM pg_roles WHERE rolname = :role`);
const SCHEMAS_PRESENT = prepared<{ nspname: string }>(
  `SELECT nspname FROM pg_namespace WHERE nspname = ANY(:schemas)`,
);
const RUNTIME_ROLE = prepared<{ role: string; powerful: boolean; owns: boolean; undoes: boolean }>(`
  SELECT current_user AS role,
         r.rolsuper OR r.rolbypassrls OR r.rolcreaterole OR r.rolcreatedb AS powerful,
         EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = ANY(:schemas) AND pg_has_role(current_user, c.relowner, 'MEMBER')) AS owns,
         has_table_privilege(current_user, 'initiative_event', :undoers) AS undoes
    FROM pg_roles r WHERE r.rolname = current_user`);

// Roles, grants and schemas are names in the statement, which PostgreSQL takes no parameters for: the statements
// below that name them are built here, from our own constants and quoted identifiers.
function identifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Creates the embedded database's login role for the API, or resets it to what it must be. */
export async function ensureRuntimeLogin(owner: DataSource, role: string, password: string): Promise<void> {
  // Made by newPassword (base64url): nothing to escape, and never a statement of its own.
  if (!/^[A-Za-z0-9_-]{16,}$/.test(password)) throw new Error('The runtime password is not one of ours.');
  const exists = await pooledSql(owner).rows(ROLE_EXISTS, { role });
  await owner.query(
    `${exists.length > 0 ? 'ALTER' : 'CREATE'} ROLE ${identifier(role)} WITH LOGIN NOSUPERUSER NOCREATEDB ` +
      `NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD '${password}'`,
  );
}

/**
 * Lets the API's role read and write rows, and nothing more: no DDL, no TRUNCATE, the append-only records
 * (INSERT and SELECT only), the migrations' record read-only. Applied after every migration, so new tables are
 * covered.
 */
export async function grantRuntimeAccess(owner: DataSource, role: string): Promise<void> {
  const grantee = identifier(role);
  const exists = await pooledSql(owner).rows(ROLE_EXISTS, { role });
  if (exists.length === 0) throw new MissingRuntimeRoleError(`The API's role "${role}" does not exist.`);
  const present = await pooledSql(owner).rows(SCHEMAS_PRESENT, { schemas: SCHEMAS });
  for (const { nspname } of present) {
    const schema = identifier(nspname);
    await owner.query(`GRANT USAGE ON SCHEMA ${schema} TO ${grantee}`);
    await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${grantee}`);
    await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${grantee}`);
  }
  await owner.query(`REVOKE UPDATE, DELETE ON ${APPEND_ONLY.join(', ')} FROM ${grantee}`);
  await owner.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM ${grantee}`);
}

/**
 * The API refuses to run as a role that could undo the audit log: a superuser (session_replication_role switches
 * its triggers off), one that owns Aloite's tables or is a member of their owner (TRUNCATE, DISABLE TRIGGER; a
 * NOINHERIT member has no USAGE of the owner but may still SET ROLE to it, hence MEMBER), or one a DBA granted
 * more than INSERT and SELECT on the audit log (GRANT ALL).
 */
export async function assertRuntimeRoleRestricted(runtime: DataSource): Promise<void> {
  const [row] = await pooledSql(runtime).rows(RUNTIME_ROLE, {
    schemas: SCHEMAS,
    undoers: AUDIT_LOG_UNDOERS,
  });
  if (row?.powerful || row?.owns) {
    throw new RuntimeRoleError(
      `The API must not connect to PostgreSQL as "${row.role}": it is a superuser, may create roles or databases, ` +
        'or owns Aloite’s tables, so it could switch off or empty the audit log. Create a login role that owns ' +
        'nothing and set DATABASE_RUNTIME_URL to it; DATABASE_URL (the owner) then runs only the migrations ' +
        '(README: "An external PostgreSQL").',
    );
  }
  if (row?.undoes) {
    throw new RuntimeRoleError(
      `The API must not connect to PostgreSQL as "${row.role}": it may ${AUDIT_LOG_UNDOERS} the audit log ` +
        '(initiative_event), for instance by a GRANT ALL. Let it only SELECT and INSERT there: ' +
        `REVOKE ${AUDIT_LOG_UNDOERS} ON initiative_event FROM "${row.role}" ` +
        '(README: "An external PostgreSQL").',
    );
  }
}
