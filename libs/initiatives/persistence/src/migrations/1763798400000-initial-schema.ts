import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema: every table carries its municipality; every constraint and index is named. */
export class InitialSchema1763798400000 implements MigrationInterface {
  name = 'InitialSchema1763798400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE municipality (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        rule_pack text NOT NULL,
        diary_prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT municipality_pk PRIMARY KEY (id),
        CONSTRAINT municipality_name_unique UNIQUE (name),
        CONSTRAINT municipality_rule_pack_check CHECK (rule_pack IN ('kajaani', 'espoo', 'helsinki', 'turku'))
      )`);
    await db.query(`
      CREATE TABLE body (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT body_pk PRIMARY KEY (id),
        CONSTRAINT body_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT body_name_unique UNIQUE (municipality_id, name),
        CONSTRAINT body_kind_check CHECK (kind IN ('council', 'board', 'committee', 'subcommittee'))
      )`);
    await db.query(`
      CREATE TABLE diary_sequence (
        municipality_id uuid NOT NULL,
        year integer NOT NULL,
        last_value integer NOT NULL,
        CONSTRAINT diary_sequence_pk PRIMARY KEY (municipality_id, year),
        CONSTRAINT diary_sequence_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id)
      )`);
    await db.query(`
      CREATE TABLE initiative (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        diary_number text NOT NULL,
        title text NOT NULL,
        text text NOT NULL,
        kind text NOT NULL,
        submitted_on date NOT NULL,
        signatory_count integer NOT NULL,
        has_financial_effect boolean NOT NULL,
        filed_body_id uuid NOT NULL,
        filed_date date NOT NULL,
        filed_section integer NOT NULL,
        state text NOT NULL,
        context jsonb NOT NULL,
        machine_version integer NOT NULL,
        version integer NOT NULL,
        due_at date,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('finnish', title), 'A') || setweight(to_tsvector('finnish', text), 'B')
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT initiative_pk PRIMARY KEY (id),
        CONSTRAINT initiative_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT initiative_filed_body_fk FOREIGN KEY (filed_body_id) REFERENCES body (id),
        CONSTRAINT initiative_diary_number_unique UNIQUE (municipality_id, diary_number),
        CONSTRAINT initiative_kind_check CHECK (kind IN ('councillor', 'councilGroup', 'resident')),
        CONSTRAINT initiative_state_check CHECK (state IN ('registered', 'boardPreparation', 'awaitingStatements',
          'councilConsideration', 'answered', 'closed', 'withdrawn', 'lapsed')),
        CONSTRAINT initiative_signatory_count_check CHECK (signatory_count >= 1),
        CONSTRAINT initiative_version_check CHECK (version >= 1)
      )`);
    await db.query(`CREATE INDEX initiative_search_idx ON initiative USING gin (search)`);
    await db.query(`CREATE INDEX initiative_submitted_idx ON initiative (municipality_id, submitted_on, id)`);
    await db.query(
      `CREATE INDEX initiative_state_idx ON initiative (municipality_id, state, submitted_on, id)`,
    );
    await db.query(
      `CREATE INDEX initiative_due_idx ON initiative (municipality_id, (coalesce(due_at, 'infinity'::date)), id)`,
    );
    await db.query(`
      CREATE TABLE signatory (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        position integer NOT NULL,
        name text NOT NULL,
        party text,
        first_signer boolean NOT NULL,
        CONSTRAINT signatory_pk PRIMARY KEY (id),
        CONSTRAINT signatory_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT signatory_initiative_fk FOREIGN KEY (initiative_id) REFERENCES initiative (id),
        CONSTRAINT signatory_position_unique UNIQUE (initiative_id, position)
      )`);
    await db.query(`CREATE INDEX signatory_name_trgm_idx ON signatory USING gin (name gin_trgm_ops)`);
    await db.query(`
      CREATE TABLE statement_request (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        position integer NOT NULL,
        body_id uuid NOT NULL,
        status text NOT NULL,
        requested_on date NOT NULL,
        due_date date NOT NULL,
        preparers jsonb NOT NULL,
        resolved_on date,
        waiver_reason text,
        CONSTRAINT statement_request_pk PRIMARY KEY (id),
        CONSTRAINT statement_request_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT statement_request_initiative_fk FOREIGN KEY (initiative_id) REFERENCES initiative (id),
        CONSTRAINT statement_request_body_fk FOREIGN KEY (body_id) REFERENCES body (id),
        CONSTRAINT statement_request_position_unique UNIQUE (initiative_id, position),
        CONSTRAINT statement_request_status_check CHECK (status IN ('open', 'received', 'waived', 'cancelled'))
      )`);
    await db.query(
      `CREATE INDEX statement_request_body_idx ON statement_request (body_id, status, initiative_id)`,
    );
    await db.query(`
      CREATE TABLE handling (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        event_seq integer NOT NULL,
        event text NOT NULL,
        body_id uuid NOT NULL,
        date date NOT NULL,
        section integer NOT NULL,
        preparers jsonb NOT NULL,
        presenter text,
        proposal text,
        decision text,
        decision_type text NOT NULL,
        statement_body_id uuid,
        response_text text,
        resolutions jsonb NOT NULL,
        CONSTRAINT handling_pk PRIMARY KEY (id),
        CONSTRAINT handling_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT handling_initiative_fk FOREIGN KEY (initiative_id) REFERENCES initiative (id),
        CONSTRAINT handling_body_fk FOREIGN KEY (body_id) REFERENCES body (id),
        CONSTRAINT handling_event_unique UNIQUE (initiative_id, event_seq),
        CONSTRAINT handling_decision_type_check CHECK (decision_type IN ('asProposed', 'amended', 'afterVote',
          'returned', 'tabled', 'noted'))
      )`);
    await db.query(`CREATE INDEX handling_body_idx ON handling (body_id, initiative_id)`);
    await db.query(`
      CREATE TABLE initiative_event (
        id bigint GENERATED ALWAYS AS IDENTITY,
        municipality_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        seq integer NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        actor text NOT NULL,
        from_state text,
        to_state text NOT NULL,
        machine_version integer NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT initiative_event_pk PRIMARY KEY (id),
        CONSTRAINT initiative_event_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT initiative_event_initiative_fk FOREIGN KEY (initiative_id) REFERENCES initiative (id),
        CONSTRAINT initiative_event_seq_unique UNIQUE (initiative_id, seq)
      )`);
    // The audit log is a legal record: the database itself refuses to rewrite it, whatever the application does.
    await db.query(`
      CREATE FUNCTION initiative_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'initiative_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER initiative_event_append_only BEFORE UPDATE OR DELETE ON initiative_event
      FOR EACH ROW EXECUTE FUNCTION initiative_event_refuse_change()`);
    await db.query(`
      CREATE TRIGGER initiative_event_no_truncate BEFORE TRUNCATE ON initiative_event
      FOR EACH STATEMENT EXECUTE FUNCTION initiative_event_refuse_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'initiative_event',
      'handling',
      'statement_request',
      'signatory',
      'initiative',
      'diary_sequence',
      'body',
      'municipality',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION initiative_event_refuse_change()`);
  }
}
