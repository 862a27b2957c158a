import { Nested, OneOf } from '../http/response-fields';

export class HealthResponse {
  @OneOf(['ok', 'unavailable']) status!: 'ok' | 'unavailable';
  @OneOf(['up', 'down']) db!: 'up' | 'down';
}

export class LiveResponse {
  @OneOf(['ok']) status!: 'ok';
}

export class ReadinessChecks {
  @OneOf(['up', 'down'], { description: 'Whether the database answered within the probe’s 2 s' })
  database!: 'up' | 'down';
  @OneOf(['current', 'behind', 'unknown'], {
    description:
      '`behind`: a migration of this build is not applied yet; `unknown`: the database did not answer',
  })
  migrations!: 'current' | 'behind' | 'unknown';
}

export class ReadyResponse {
  @OneOf(['ok', 'unavailable']) status!: 'ok' | 'unavailable';
  @Nested(() => ReadinessChecks) checks!: ReadinessChecks;
}
