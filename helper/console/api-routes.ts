import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod/mini';
import type { RequestContext } from '../core/audit.js';
import type { Training, TrainingResult } from '../core/training/index.js';
import {
  AddPhoneAccountRequest,
  AdvanceClockRequest,
  CameraView,
  ClockView,
  CONSOLE_API_PREFIX,
  ConsoleStatus,
  OutboxEmail,
  PersonState,
  PhoneAccount,
  PhoneView,
  ResetRequest,
  Scenario,
  ScenarioResult,
  ScanRequest,
} from './contract.js';
import { sendConsoleError } from './errors.js';

/** What the status call reports besides the training room's own state. */
export interface ConsoleSurroundings {
  portalOrigin: () => string;
  consoleOrigin: () => string;
  extension: () => ConsoleStatus['extension'];
}

const EmptyRequest = z.strictObject({});
const OutboxQuery = z.strictObject({ username: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))) });
const UsernameParams = z.object({ username: z.string().check(z.minLength(1), z.maxLength(40)) });
const IdParams = z.object({ id: z.coerce.number().check(z.int(), z.positive(), z.lte(Number.MAX_SAFE_INTEGER)) });
const ScenarioParams = z.object({ id: z.string().check(z.minLength(1), z.maxLength(80)) });

const context = (request: FastifyRequest): RequestContext => ({ ip: request.ip });

/**
 * The console's JSON API (its contract: contract.ts). Routes only translate: each parses its body,
 * query and path with the contract's schemas (anything else is `bad-request`), calls the training
 * room, and answers exactly the contract's shape, checked on the way out.
 */
export function registerConsoleApi(app: FastifyInstance, training: Training, surroundings: ConsoleSurroundings): void {
  function answer<S extends z.ZodMiniType>(reply: FastifyReply, schema: S, result: TrainingResult<z.input<S>>): FastifyReply {
    if (!result.ok) return sendConsoleError(reply, result.error.code, result.error.message);
    return reply.header('cache-control', 'no-store').send(schema.parse(result.value));
  }
  const ok = <T>(value: T): TrainingResult<T> => ({ ok: true, value });
  function parse<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> | undefined {
    const parsed = schema.safeParse(value ?? {});
    return parsed.success ? parsed.data : undefined;
  }

  app.get(`${CONSOLE_API_PREFIX}/status`, async (_request, reply) =>
    answer(reply, ConsoleStatus, ok({ portalOrigin: surroundings.portalOrigin(), consoleOrigin: surroundings.consoleOrigin(), clock: training.clock.view(), extension: surroundings.extension() })));

  app.get(`${CONSOLE_API_PREFIX}/people`, async (_request, reply) => answer(reply, z.object({ people: z.array(PersonState) }), ok({ people: training.people() })));

  app.post(`${CONSOLE_API_PREFIX}/people/reset`, async (request, reply) => {
    const body = parse(ResetRequest, request.body);
    if (body === undefined) return sendConsoleError(reply, 'bad-request');
    return answer(reply, z.object({ people: z.array(PersonState) }), ok({ people: training.resetEveryone(context(request), body) }));
  });

  app.post(`${CONSOLE_API_PREFIX}/people/:username/reset`, async (request, reply) => {
    const body = parse(ResetRequest, request.body);
    const params = parse(UsernameParams, request.params);
    if (body === undefined || params === undefined) return sendConsoleError(reply, 'bad-request');
    return answer(reply, PersonState, training.resetPerson(context(request), params.username, body));
  });

  app.get(`${CONSOLE_API_PREFIX}/phone`, async (_request, reply) => answer(reply, PhoneView, ok(training.phone.view())));

  app.post(`${CONSOLE_API_PREFIX}/phone/accounts`, async (request, reply) => {
    const body = parse(AddPhoneAccountRequest, request.body);
    if (body === undefined) return sendConsoleError(reply, 'bad-request');
    return answer(reply, PhoneAccount, training.phone.addTypedKey(body));
  });

  app.delete(`${CONSOLE_API_PREFIX}/phone/accounts/:id`, async (request, reply) => {
    const params = parse(IdParams, request.params);
    if (params === undefined) return sendConsoleError(reply, 'bad-request');
    return answer(reply, z.object({ removed: z.literal(true) }), training.phone.remove(params.id));
  });

  app.get(`${CONSOLE_API_PREFIX}/phone/camera`, async (_request, reply) => answer(reply, CameraView, ok(training.phone.camera())));

  app.post(`${CONSOLE_API_PREFIX}/phone/scan`, async (request, reply) => {
    const body = parse(ScanRequest, request.body);
    if (body === undefined) return sendConsoleError(reply, 'bad-request');
    return answer(reply, PhoneAccount, training.phone.scan(context(request), body));
  });

  app.get(`${CONSOLE_API_PREFIX}/clock`, async (_request, reply) => answer(reply, ClockView, ok(training.clock.view())));

  app.post(`${CONSOLE_API_PREFIX}/clock/advance`, async (request, reply) => {
    const body = parse(AdvanceClockRequest, request.body);
    if (body === undefined) return sendConsoleError(reply, 'bad-request');
    return answer(reply, ClockView, ok(training.clock.advance(context(request), body.seconds)));
  });

  app.post(`${CONSOLE_API_PREFIX}/clock/real-time`, async (request, reply) => {
    if (parse(EmptyRequest, request.body) === undefined) return sendConsoleError(reply, 'bad-request');
    return answer(reply, ClockView, ok(training.clock.backToRealTime(context(request))));
  });

  app.get(`${CONSOLE_API_PREFIX}/outbox`, async (request, reply) => {
    const query = parse(OutboxQuery, request.query);
    if (query === undefined) return sendConsoleError(reply, 'bad-request');
    if (query.username !== undefined) {
      const person = training.person(query.username);
      if (!person.ok) return sendConsoleError(reply, person.error.code, person.error.message);
    }
    return answer(reply, z.object({ emails: z.array(OutboxEmail) }), ok({ emails: training.outbox(query.username) }));
  });

  app.get(`${CONSOLE_API_PREFIX}/scenarios`, async (_request, reply) => answer(reply, z.object({ scenarios: z.array(Scenario) }), ok({ scenarios: training.scenarios() })));

  app.post(`${CONSOLE_API_PREFIX}/scenarios/:id`, async (request, reply) => {
    const params = parse(ScenarioParams, request.params);
    if (params === undefined || parse(EmptyRequest, request.body) === undefined) return sendConsoleError(reply, 'bad-request');
    return answer(reply, ScenarioResult, training.runScenario(context(request), params.id));
  });
}
