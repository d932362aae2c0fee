// Exactly what index.js provides: @actions/http-client as @actions/core uses it (OIDC's getIDToken).
import type { OutgoingHttpHeaders } from 'node:http';
import type { RequestHandler, RequestOptions, TypedResponse } from '@actions/http-client-eager/lib/interfaces';

export declare class HttpClient {
  constructor(userAgent?: string, handlers?: RequestHandler[], requestOptions?: RequestOptions);
  getJson<T>(requestUrl: string, additionalHeaders?: OutgoingHttpHeaders): Promise<TypedResponse<T>>;
}
