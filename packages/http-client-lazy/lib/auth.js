// The credential handlers import nothing heavy: re-exported as they are.
export * from '@actions/http-client-eager/lib/auth';
