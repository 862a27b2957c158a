import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a statement request written before office holders and referrals for measures was: a body's statement. */
const EARLIER_REQUEST = `'{"officeHolder": null, "kind": "statement", "replyExpected": true}'::jsonb`;

/**
 * domain.md § 8.6: a statement request may go to an office holder (name and title) instead of a body, and a
 * referral for measures (toimenpiteitä varten) is recorded as such; one expecting no reply has no due date and the
 * status `referred`. Stored contexts get the new fields of their requests, so that what is stored is what a
 * replay of the audit log gives.
 */
export class OfficeHoldersAndMeasures1764748800000 implements MigrationInterface {
  name = 'OfficeHoldersAndMeasures1764748800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE statement_request
        ALTER COLUMN body_id DROP NOT NULL,
        ALTER COLUMN due_date DROP NOT NULL,
        ADD COLUMN office_holder_name text,
        ADD COLUMN office_holder_title text,
        ADD COLUMN kind text NOT NULL DEFAULT 'statement',
        ADD COLUMN reply_expected boolean NOT NULL DEFAULT true,
        DROP CONSTRAINT statement_request_status_check,
        ADD CONSTRAINT statement_request_status_check
          CHECK (status IN ('open', 'received', 'waived', 'cancelled', 'referred')),
        ADD CONSTRAINT statement_request_kind_check CHECK (kind IN ('statement', 'measures')),
        ADD CONSTRAINT statement_request_addressee_check CHECK (
          (body_id IS NULL) <> (office_holder_name IS NULL)
          AND (office_holder_name IS NULL) = (office_holder_title IS NULL)),
        ADD CONSTRAINT statement_request_reply_check CHECK (
          (kind = 'statement' AND reply_expected) OR kind = 'measures'),
        ADD CONSTRAINT statement_request_due_date_check CHECK (
          (due_date IS NOT NULL) = reply_expected AND (status = 'referred') = NOT reply_expected)`);
    await db.query(`
      UPDATE initiative SET context = jsonb_set(context, '{statements}',
        (SELECT jsonb_agg(${EARLIER_REQUEST} || r.request ORDER BY r.position)
         FROM jsonb_array_elements(context->'statements') WITH ORDINALITY AS r(request, position)))
      WHERE jsonb_array_length(context->'statements') > 0`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The earlier schema cannot hold office holders or referrals for measures: their rows and context entries go.
    await db.query(`
      UPDATE initiative SET context = jsonb_set(context, '{statements}',
        (SELECT coalesce(jsonb_agg(r.request - 'officeHolder' - 'kind' - 'replyExpected' ORDER BY r.position), '[]')
         FROM jsonb_array_elements(context->'statements') WITH ORDINALITY AS r(request, position)
         WHERE r.request->>'bodyId' IS NOT NULL AND coalesce(r.request->>'kind', 'statement') = 'statement'))
      WHERE jsonb_array_length(context->'statements') > 0`);
    await db.query(`DELETE FROM statement_request WHERE body_id IS NULL OR kind <> 'statement'`);
    await db.query(`
      ALTER TABLE statement_request
        DROP CONSTRAINT statement_request_due_date_check,
        DROP CONSTRAINT statement_request_reply_check,
        DROP CONSTRAINT statement_request_addressee_check,
        DROP CONSTRAINT statement_request_kind_check,
        DROP CONSTRAINT statement_request_status_check,
        ADD CONSTRAINT statement_request_status_check CHECK (status IN ('open', 'received', 'waived', 'cancelled')),
        DROP COLUMN reply_expected,
        DROP COLUMN kind,
        DROP COLUMN office_holder_title,
        DROP COLUMN office_holder_name,
        ALTER COLUMN due_date SET NOT NULL,
        ALTER COLUMN body_id SET NOT NULL`);
  }
}
