import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import {
  consoleLoggerFor,
  Metrics,
  resolveDeploymentSecrets,
  type DeploymentSecrets,
  type AppConfig,
  assertWritableAtStart,
} from '@memberflow/application';
import { NestFactory } from '@nestjs/core';
import express, { type NextFunction, type Request, type Response } from 'express';
import { AppModule } from './app.module';
import { serveConsole } from './console/console-static';
import { toProblemException } from './http/problem.filter';
import { requestLog } from './http/request-log';
import { requestTiming } from './http/request-timing';
import { setUpOpenApi } from './http/openapi';
import { hardenHttp } from './security/http-hardening';
import { jsonGuard } from './security/json-guard';

export interface StartedApp {
  readonly app: INestApplication;
  readonly secrets: DeploymentSecrets;
}

/** Builds the HTTP application: body parsing with limits, problem responses, OpenAPI, auth. */
export async function createApp(config: AppConfig): Promise<StartedApp> {
  assertWritableAtStart(config);
  const secrets = resolveDeploymentSecrets(config);
  const logger = consoleLoggerFor(config, 'memberflow');
  const app = await NestFactory.create(AppModule.register(config, secrets), {
    bodyParser: false,
    logger: logger ?? false,
    abortOnError: false,
  });
  if (logger) app.use(requestLog(logger, config.logFormat));
  app.use(requestTiming(app.get(Metrics)));
  hardenHttp(app, config);
  const console = serveConsole(); // the browser console at `/`, when it is built (dist/console)
  if (console) app.use(console);
  // Our own parser, so that malformed and oversized bodies become problem responses (400, 413, 415).
  app.use(
    express.json({ limit: config.bodyLimit, type: ['application/json', 'application/*+json'] }),
  );
  app.use(jsonGuard()); // prototype keys and deep nesting: 400 before any handler
  app.use((error: unknown, _request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) return next(error);
    const problem = toProblemException(error);
    response.status(problem.status).type('application/problem+json').json(problem.toProblem());
  });
  app.enableShutdownHooks();
  setUpOpenApi(app);
  return { app, secrets };
}
