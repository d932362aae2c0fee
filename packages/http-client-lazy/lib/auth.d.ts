export { BearerCredentialHandler } from '@actions/http-client-eager/lib/auth';
