import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { problemOf, refusedInputState, toAppError } from './problem';

export interface ErrorLog {
  error(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export function sendProblem(reply: FastifyReply, exception: unknown, log: ErrorLog): void {
  const error = toAppError(exception);
  if (error.code === 'INTERNAL') {
    log.error({ err: exception }, 'unexpected error');
  }
  const sqlState = refusedInputState(exception);
  // The client gets a plain 400; a bug in our own SQL would look the same, so it must be seen in the log.
  if (sqlState) log.warn({ sqlState, err: exception }, 'the database refused a value of the request');
  const problem = problemOf(error);
  if (error.details.retryAfter !== undefined)
    void reply.header('Retry-After', String(error.details.retryAfter));
  void reply.status(problem.status).type('application/problem+json').send(problem);
}

/** Every error leaves as problem+json (RFC 9457): one place maps codes to statuses. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    sendProblem(reply, exception, reply.log);
  }
}
