export * from '@actions/http-client-eager/lib/auth';
