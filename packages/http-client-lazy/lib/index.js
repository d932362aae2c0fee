// The same HttpClient, constructed on first use: the real module (and undici) is imported lazily.
let real;
const load = () => (real ??= import('@actions/http-client-eager'));

const METHODS = [
  'options',
  'get',
  'del',
  'post',
  'patch',
  'put',
  'head',
  'sendStream',
  'request',
  'getJson',
  'postJson',
  'putJson',
  'patchJson',
  'getAgentDispatcher',
];

export class HttpClient {
  constructor(...args) {
    this.lazyArgs = args;
    this.lazyClient = undefined;
  }
  async lazyReal() {
    if (this.lazyClient === undefined) {
      const m = await load();
      this.lazyClient = new m.HttpClient(...this.lazyArgs);
    }
    return this.lazyClient;
  }
  dispose() {
    this.lazyClient?.dispose();
  }
}
for (const name of METHODS) {
  HttpClient.prototype[name] = async function (...args) {
    const client = await this.lazyReal();
    return client[name](...args);
  };
}

// Plain values, copied from @actions/http-client 4.0.1 so that importing them loads nothing.
export const HttpCodes = Object.freeze({
  OK: 200,
  MultipleChoices: 300,
  MovedPermanently: 301,
  ResourceMoved: 302,
  SeeOther: 303,
  NotModified: 304,
  UseProxy: 305,
  SwitchProxy: 306,
  TemporaryRedirect: 307,
  PermanentRedirect: 308,
  BadRequest: 400,
  Unauthorized: 401,
  PaymentRequired: 402,
  Forbidden: 403,
  NotFound: 404,
  MethodNotAllowed: 405,
  NotAcceptable: 406,
  ProxyAuthenticationRequired: 407,
  RequestTimeout: 408,
  Conflict: 409,
  Gone: 410,
  TooManyRequests: 429,
  InternalServerError: 500,
  NotImplemented: 501,
  BadGateway: 502,
  ServiceUnavailable: 503,
  GatewayTimeout: 504,
});
export const Headers = Object.freeze({ Accept: 'accept', ContentType: 'content-type' });
export const MediaTypes = Object.freeze({ ApplicationJson: 'application/json' });
