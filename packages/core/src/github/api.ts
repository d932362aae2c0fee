import { ArtefactsError } from '../errors.js';
import type { Logger } from '../log.js';

/**
 * A small client for the GitHub REST calls the actions make (labels, sticky comments, git refs,
 * attestations). It uses Node's fetch: no SDK to load on every cold start. Errors are mapped to
 * actionable ones: 403 "Resource not accessible by integration" names the permission to add.
 */
export interface GitHubApiOptions {
  readonly apiUrl: string;
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  readonly logger?: Logger;
  readonly retries?: number;
}

export class GitHubApiError extends ArtefactsError {
  readonly status: number;
  constructor(status: number, message: string, hint?: string) {
    super(status === 403 ? 'GITHUB_PERMISSION' : 'GITHUB_API', message, hint === undefined ? {} : { hint });
    this.status = status;
  }
}

export interface ApiResponse<T> {
  readonly status: number;
  readonly data: T;
  readonly headers: Headers;
}

export class GitHubApi {
  readonly owner: string;
  readonly repo: string;
  private readonly base: string;
  private readonly token: string;
  private readonly logger: Logger | undefined;
  private readonly retries: number;

  constructor(options: GitHubApiOptions) {
    this.base = options.apiUrl.replace(/\/+$/, '');
    this.token = options.token;
    this.owner = options.owner;
    this.repo = options.repo;
    this.logger = options.logger;
    this.retries = options.retries ?? 3;
  }

  /** `/repos/{owner}/{repo}` + path. */
  repoPath(path: string): string {
    return `/repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}${path}`;
  }

  /**
   * One request. `expect` lists statuses that are answers rather than failures (e.g. 404 when
   * asking whether a tag exists); any other non-2xx throws a GitHubApiError.
   */
  async request<T>(
    method: string,
    path: string,
    options: { body?: unknown; expect?: readonly number[]; permission?: string; what?: string } = {},
  ): Promise<ApiResponse<T>> {
    const url = path.startsWith('http') ? path : `${this.base}${path}`;
    const what = options.what ?? `${method} ${path}`;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'immutable-artefacts',
            ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
            ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        });
      } catch (error) {
        if (attempt <= this.retries) {
          await delay(attempt);
          continue;
        }
        throw new ArtefactsError('GITHUB_API', `GitHub API unreachable while trying to ${what} (${attempt} tries).`, {
          cause: error,
          hint: 'Check GITHUB_API_URL and the network.',
        });
      }
      const text = await response.text();
      const data = (text === '' ? undefined : safeJson(text)) as T;
      if (response.ok || options.expect?.includes(response.status)) {
        return { status: response.status, data, headers: response.headers };
      }
      if ((response.status >= 500 || response.status === 429) && attempt <= this.retries) {
        this.logger?.debug(`GitHub API ${response.status} on ${what}; retrying (${attempt}/${this.retries})`);
        await delay(attempt, response.headers.get('retry-after'));
        continue;
      }
      const message = (data as { message?: string } | undefined)?.message ?? text.slice(0, 200);
      if (response.status === 403 || response.status === 401) {
        const permission = options.permission;
        throw new GitHubApiError(
          response.status,
          `GitHub refused to ${what}: ${response.status} ${message}.`,
          permission
            ? `The token needs '${permission}'. Add to the job: permissions: { ${permission} }. Fork pull requests get a read-only token.`
            : 'Check the token and its permissions.',
        );
      }
      throw new GitHubApiError(response.status, `GitHub API failed to ${what}: ${response.status} ${message}.`);
    }
  }

  /** Follows `Link: rel="next"` through every page. */
  async paginate<T>(path: string, what?: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
    while (next !== undefined) {
      const response: ApiResponse<T[]> = await this.request<T[]>('GET', next, what === undefined ? {} : { what });
      items.push(...(response.data ?? []));
      next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
    }
    return items;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 200) };
  }
}

function delay(attempt: number, retryAfter?: string | null): Promise<void> {
  const seconds = Number(retryAfter);
  const ms =
    Number.isFinite(seconds) && seconds > 0
      ? Math.min(seconds * 1000, 30_000)
      : 2 ** attempt * 250 * (0.5 + Math.random());
  return new Promise((resolve) => setTimeout(resolve, ms));
}
