// @actions/http-client as @actions/core uses it, and nothing more: `new HttpClient(...)` and
// `getJson` (OIDC's getIDToken). The real client (and undici) is imported on the first request.
let real;
const load = () => (real ??= import('@actions/http-client-eager'));

const STAND_IN = '@actions/http-client (the lazy stand-in in packages/http-client-lazy)';

/** The real HttpClient's other methods: @actions/core never calls them, so they are not wired up. */
const NOT_PROVIDED = [
  'options',
  'get',
  'del',
  'post',
  'patch',
  'put',
  'head',
  'sendStream',
  'postJson',
  'putJson',
  'patchJson',
  'request',
  'dispose',
  'requestRaw',
  'requestRawWithCallback',
  'getAgent',
  'getAgentDispatcher',
];

export class HttpClient {
  #args;
  #client;
  constructor(...args) {
    this.#args = args;
  }
  async #real() {
    if (this.#client === undefined) {
      const m = await load();
      this.#client = new m.HttpClient(...this.#args);
    }
    return this.#client;
  }
  async getJson(...args) {
    return (await this.#real()).getJson(...args);
  }
}
for (const name of NOT_PROVIDED) {
  Object.defineProperty(HttpClient.prototype, name, {
    value() {
      throw new Error(
        `${STAND_IN} provides only what @actions/core calls (new HttpClient, getJson); HttpClient.${name}() was called. ` +
          'Wire it up in packages/http-client-lazy/lib/index.js (and index.d.ts), or drop the package.json override.',
      );
    },
    writable: true,
    configurable: true,
  });
}
