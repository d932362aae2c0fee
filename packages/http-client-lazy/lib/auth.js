// The one credential handler @actions/core uses; it imports nothing heavy, so it is re-exported as it is.
export { BearerCredentialHandler } from '@actions/http-client-eager/lib/auth';
