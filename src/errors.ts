/**
 * Errors with stable codes, so scripts and the API can tell failures apart.
 * Input problems name the file and line; stage failures name the stage.
 *
 * @example
 * throw new ChronicleError('E_INPUT_DATE', 'no date header and no --date given', { file: 'a.txt' });
 */
export type ErrorCode =
  | 'E_CONFIG' | 'E_STAGE_ORDER' | 'E_STAGE' | 'E_INPUT_READ' | 'E_INPUT_BINARY' | 'E_INPUT_EMPTY'
  | 'E_INPUT_DATE' | 'E_INPUT_JSON' | 'E_INPUT_TOO_LARGE' | 'E_INPUT_FORMAT' | 'E_STORE' | 'E_NOT_FOUND'
  | 'E_EVAL' | 'E_RESOURCE';

export interface ErrorWhere {
  readonly file?: string;
  readonly line?: number;
  readonly stage?: string;
}

export class ChronicleError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly where: ErrorWhere = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ChronicleError';
  }

  /** `file:line: message [code]` — the form the CLI prints. */
  describe(): string {
    const at = [this.where.file, this.where.line].filter((x) => x !== undefined).join(':');
    const stage = this.where.stage ? ` (stage ${this.where.stage})` : '';
    return `${at ? `${at}: ` : ''}${this.message}${stage} [${this.code}]`;
  }
}
