import { OneOf } from '../http/response-fields';

export class HealthResponse {
  @OneOf(['ok', 'unavailable']) status!: 'ok' | 'unavailable';
  @OneOf(['up', 'down']) db!: 'up' | 'down';
}
