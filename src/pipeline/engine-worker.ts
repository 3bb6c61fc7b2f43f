import { parentPort, workerData } from 'node:worker_threads';
import { ChronicleError } from '../errors.js';
import { createEngine, type EngineOptions } from '../index.js';
import type { Article } from '../model/article.js';

/** Messages between {@link WorkerPool} and its workers. */
export type WorkerRequest = { readonly id: number; readonly article: Article };
export type WorkerReply =
  | { readonly id: number; readonly json: unknown }
  | { readonly id: number; readonly error: { code?: string; message: string; where?: object } };

const engine = createEngine(workerData as EngineOptions);
parentPort!.on('message', ({ id, article }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, json: engine.process(article) };
  } catch (error) {
    const e = error as Error;
    reply = { id, error: error instanceof ChronicleError ? { code: error.code, message: e.message, where: error.where } : { message: e.message } };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
