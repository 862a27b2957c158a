import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type {
  BodyKind,
  DecisionType,
  EventType,
  InitiativeContext,
  InitiativeKind,
  InitiativeState,
  Preparer,
  RulePackId,
  StatementStatus,
} from '@aloite/domain';

// Column names are snake_case in SQL; the schema itself is owned by the migrations (synchronize is off).

@Entity({ name: 'municipality' })
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'rule_pack' }) rulePack!: RulePackId;
  @Column('text', { name: 'diary_prefix' }) diaryPrefix!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ name: 'body' })
export class BodyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId!: string;
  @Column('text') name!: string;
  @Column('text') kind!: BodyKind;
  @Column('boolean') active!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ name: 'diary_sequence' })
export class DiarySequenceEntity {
  @PrimaryColumn('uuid', { name: 'municipality_id' }) municipalityId!: string;
  @PrimaryColumn('integer') year!: number;
  @Column('integer', { name: 'last_value' }) lastValue!: number;
}

@Entity({ name: 'initiative' })
export class InitiativeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId!: string;
  @Column('text', { name: 'diary_number' }) diaryNumber!: string;
  @Column('text') title!: string;
  @Column('text') text!: string;
  @Column('text') kind!: InitiativeKind;
  @Column('date', { name: 'submitted_on' }) submittedOn!: string;
  @Column('integer', { name: 'signatory_count' }) signatoryCount!: number;
  @Column('boolean', { name: 'has_financial_effect' }) hasFinancialEffect!: boolean;
  @Column('uuid', { name: 'filed_body_id' }) filedBodyId!: string;
  @Column('date', { name: 'filed_date' }) filedDate!: string;
  @Column('integer', { name: 'filed_section' }) filedSection!: number;
  @Column('text') state!: InitiativeState;
  @Column('jsonb') context!: InitiativeContext;
  @Column('integer', { name: 'machine_version' }) machineVersion!: number;
  @Column('integer') version!: number;
  @Column('date', { name: 'due_at', nullable: true }) dueAt!: string | null;
  @Column('integer', { name: 'handling_count', default: 0 }) handlingCount!: number;
  /** Title, text and every handling's texts, in characters: bounded (initiative-bounds.ts). */
  @Column('integer', { name: 'text_characters', default: 0 }) textCharacters!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'signatory' })
export class SignatoryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId!: string;
  @Column('uuid', { name: 'initiative_id' }) initiativeId!: string;
  @Column('integer') position!: number;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) party!: string | null;
  @Column('boolean', { name: 'first_signer' }) firstSigner!: boolean;
}

@Entity({ name: 'statement_request' })
export class StatementRequestEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId!: string;
  @Column('uuid', { name: 'initiative_id' }) initiativeId!: string;
  @Column('integer') position!: number;
  @Column('uuid', { name: 'body_id' }) bodyId!: string;
  @Column('text') status!: StatementStatus;
  @Column('date', { name: 'requested_on' }) requestedOn!: string;
  @Column('date', { name: 'due_date' }) dueDate!: string;
  @Column('jsonb') preparers!: Preparer[];
  @Column('date', { name: 'resolved_on', nullable: true }) resolvedOn!: string | null;
  @Column('text', { name: 'waiver_reason', nullable: true }) waiverReason!: string | null;
}

@Entity({ name: 'handling' })
export class HandlingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId!: string;
  @Column('uuid', { name: 'initiative_id' }) initiativeId!: string;
  @Column('integer', { name: 'event_seq' }) eventSeq!: number;
  @Column('text') event!: EventType;
  @Column('uuid', { name: 'body_id' }) bodyId!: string;
  @Column('date') date!: string;
  @Column('integer') section!: number;
  @Column('jsonb') preparers!: Preparer[];
  @Column('text', { nullable: true }) presenter!: string | null;
  @Column('text', { nullable: true }) proposal!: string | null;
  @Column('text', { nullable: true }) decision!: string | null;
  @Column('text', { name: 'decision_type' }) decisionType!: DecisionType;
  @Column('uuid', { name: 'statement_body_id', nullable: true }) statementBodyId!: string | null;
  @Column('text', { name: 'response_text', nullable: true }) responseText!: string | null;
  @Column('jsonb') resolutions!: string[];
}

@Entity({ name: 'initiative_event' })
export class InitiativeEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId!: string;
  @Column('uuid', { name: 'initiative_id' }) initiativeId!: string;
  @Column('integer') seq!: number;
  @Column('text') type!: string;
  @Column('jsonb') payload!: Record<string, unknown>;
  @Column('text') actor!: string;
  @Column('text', { name: 'from_state', nullable: true }) fromState!: InitiativeState | null;
  @Column('text', { name: 'to_state' }) toState!: InitiativeState;
  @Column('integer', { name: 'machine_version' }) machineVersion!: number;
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
}

export const ENTITIES = [
  MunicipalityEntity,
  BodyEntity,
  DiarySequenceEntity,
  InitiativeEntity,
  SignatoryEntity,
  StatementRequestEntity,
  HandlingEntity,
  InitiativeEventEntity,
];
