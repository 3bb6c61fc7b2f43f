import { Worker } from 'node:worker_threads';
import { ChronicleError, type ErrorCode } from '../errors.js';
import type { EngineOptions } from '../index.js';
import type { Article } from '../model/article.js';
import type { ArticleJson } from '../output/article-json.js';
import type { WorkerReply } from './engine-worker.js';

interface Pending {
  resolve(json: ArticleJson): void;
  reject(error: Error): void;
}

/**
 * Runs the pipeline on several cores: each worker thread builds its own engine once (resources
 * loaded per worker) and processes the articles it is sent. Results come back as the same JSON as
 * `engine.process`. Articles are dealt round-robin; the caller decides how many are in flight.
 *
 * @example
 * const pool = await WorkerPool.start(2, {});
 * const json = await pool.process(article);
 * await pool.close();
 */
export class WorkerPool {
  readonly #workers: Worker[];
  readonly #pending = new Map<number, Pending>();
  #next = 0;
  #turn = 0;

  private constructor(workers: Worker[]) {
    this.#workers = workers;
    for (const w of workers) {
      w.on('message', (reply: WorkerReply) => this.#settle(reply));
      w.on('error', (error) => this.#failAll(error));
    }
  }

  /** Starts `size` workers and waits until each has built its engine. */
  static async start(size: number, options: EngineOptions): Promise<WorkerPool> {
    const url = new URL('./worker-bootstrap.mjs', import.meta.url);
    const workers = Array.from({ length: size }, () => new Worker(url, { workerData: options }));
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      w.once('error', reject);
      w.once('message', () => resolve());
    })));
    return new WorkerPool(workers);
  }

  get size(): number {
    return this.#workers.length;
  }

  process(article: Article): Promise<ArticleJson> {
    const id = this.#next++;
    const worker = this.#workers[this.#turn++ % this.#workers.length]!;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ id, article });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  #settle(reply: WorkerReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    if ('json' in reply) pending.resolve(reply.json as ArticleJson);
    else pending.reject(new ChronicleError((reply.error.code ?? 'E_STAGE') as ErrorCode, reply.error.message, reply.error.where ?? {}));
  }

  #failAll(error: Error): void {
    for (const p of this.#pending.values()) p.reject(error);
    this.#pending.clear();
  }
}
